namespace Kommune.Protocols.Paper.Blocks;

/// <summary>
/// A composed paper: what every page says (header, footer), what the file says about itself
/// (title, subject, language, status) and the blocks in reading order. <see cref="Blocks"/> is
/// produced lazily, one item at a time, so a writer that streams holds about one item's worth of
/// blocks beyond the model; enumerate it exactly once.
/// </summary>
internal sealed class PaperDocument
{
    public required string LanguageTag { get; init; }

    /// <summary>The document title (DOCX core properties, HTML <c>title</c>, PDF metadata): <c>Beslutningsprotokol – Direktionen 5. marts 2025</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The subject: <c>Norddjurs Kommune, Direktionen</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The draft mark printed on every page of a paper that is not final (<c>UDKAST</c>), or null.</summary>
    public string? DraftMark { get; init; }

    /// <summary>The header's left text (the body).</summary>
    public required string HeaderLeft { get; init; }

    /// <summary>The header's right text (the date).</summary>
    public required string HeaderRight { get; init; }

    /// <summary>The footer's page label, in parts.</summary>
    public required IReadOnlyList<PageLabelPart> PageLabel { get; init; }

    /// <summary>The blocks in reading order; enumerate once.</summary>
    public required IEnumerable<PaperBlock> Blocks { get; init; }
}
