using Kommune.Protocols.Pdf.TrueType;

namespace Kommune.Protocols.Pdf.Text;

/// <summary>
/// The four DejaVu Sans faces shipped inside this assembly, each read once per process
/// (<see cref="TrueType"/>): the layout measures with them and the PDF embeds subsets of them.
/// Nothing process-global is touched, so a host's own font settings are neither used nor changed.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly string[] ResourceNames =
    [
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans.ttf",
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans-Bold.ttf",
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans-Oblique.ttf",
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans-BoldOblique.ttf",
    ];

    private static readonly Lazy<TrueTypeFont>[] TrueTypeFonts =
    [
        new(() => TrueTypeFont.Parse(Bytes(FontFace.Regular))),
        new(() => TrueTypeFont.Parse(Bytes(FontFace.Bold))),
        new(() => TrueTypeFont.Parse(Bytes(FontFace.Italic))),
        new(() => TrueTypeFont.Parse(Bytes(FontFace.BoldItalic))),
    ];

    /// <summary><paramref name="face"/> read as a TrueType font, once per process; thread-safe.</summary>
    public static TrueTypeFont TrueType(FontFace face) => TrueTypeFonts[(int)face].Value;

    /// <summary>The raw bytes of <paramref name="face"/>'s TrueType file.</summary>
    public static byte[] Bytes(FontFace face)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(ResourceNames[(int)face])
            ?? throw new InvalidOperationException($"The embedded font {ResourceNames[(int)face]} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
