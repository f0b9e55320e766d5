namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// Reads which glyphs a composite glyph is built from (an accented letter is often a base letter
/// plus an accent), so a subset that keeps the composite keeps its parts too.
/// </summary>
internal static class CompositeGlyph
{
    private const int HeaderSize = 10;
    private const ushort Arg1And2AreWords = 0x0001;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;

    /// <summary>Adds to <paramref name="components"/> the glyph ids <paramref name="glyph"/> refers to; none for a simple or empty glyph.</summary>
    public static void AddComponents(FontTable glyph, int glyphCount, List<int> components)
    {
        if (glyph.Length == 0)
        {
            return;
        }

        glyph.Require(0, HeaderSize);
        if (glyph.Int16(0) >= 0)
        {
            return;
        }

        var at = HeaderSize;
        ushort flags;
        do
        {
            flags = glyph.UInt16(at);
            var component = glyph.UInt16(at + 2);
            if (component >= glyphCount)
            {
                throw glyph.Malformed($"it uses glyph {component} as a component, but the font has {glyphCount} glyphs");
            }

            components.Add(component);
            at += 4 + ArgumentsSize(flags) + TransformSize(flags);
            glyph.Require(at, 0);
        }
        while ((flags & MoreComponents) != 0);
    }

    private static int ArgumentsSize(ushort flags) => (flags & Arg1And2AreWords) != 0 ? 4 : 2;

    private static int TransformSize(ushort flags) =>
        (flags & WeHaveATwoByTwo) != 0 ? 8
        : (flags & WeHaveAnXAndYScale) != 0 ? 4
        : (flags & WeHaveAScale) != 0 ? 2
        : 0;
}
