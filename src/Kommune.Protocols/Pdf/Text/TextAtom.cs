namespace Kommune.Protocols.Pdf.Text;

/// <summary>What a piece of paragraph text is to the line breaker.</summary>
internal enum AtomKind
{
    /// <summary>Part of a word: lines never break inside one unless it is wider than the column.</summary>
    Word,

    /// <summary>A space: lines may break here, and a space at a break is not drawn.</summary>
    Space,

    /// <summary>A column separator: text continues at the next tab stop.</summary>
    Tab,

    /// <summary>A line break within the paragraph.</summary>
    Break,
}

/// <summary>
/// The smallest unit the line breaker moves: text in one face that is either drawn as it is, or
/// (when <see cref="Original"/> is set) one character the font cannot carry, drawn as a stand-in.
/// </summary>
internal readonly record struct TextAtom(AtomKind Kind, FontFace Face, string Visible, string? Original, double Width);
