namespace Kommune.Protocols.Paper.Blocks;

/// <summary>
/// A run of text with one formatting. Inside the text, <c>\t</c> separates columns of a line
/// (a field's label and value, an attachment's number and title) and <c>\n</c> is a line break
/// within the paragraph; writers render both in their own way.
/// </summary>
// A struct: a paper has one run per text run of the meeting, and an object each cost about 1.5 MB per 2,000 items.
internal readonly struct PaperRun
{
    public PaperRun(string text, bool bold = false, bool italic = false)
    {
        Text = text;
        Bold = bold;
        Italic = italic;
    }

    /// <summary>A column separator.</summary>
    public static PaperRun Tab { get; } = new("\t");

    public string Text { get; }

    public bool Bold { get; }

    public bool Italic { get; }
}
