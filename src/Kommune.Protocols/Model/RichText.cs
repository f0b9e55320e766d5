namespace Kommune.Protocols.Model;

/// <summary>
/// A block of rich text in a section, recommendation or decision: a paragraph, a list, a table,
/// or a marker that places meeting-level content (the time plan, the coming meetings).
/// </summary>
public abstract record Block;

/// <summary>A run of text with the same formatting.</summary>
public sealed record TextRun
{
    /// <summary>The text. Line breaks inside a paragraph are kept as <c>\n</c>.</summary>
    public required string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); }

    /// <summary>Bold.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic.</summary>
    public bool Italic { get; init; }

    /// <summary>A plain run.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The run.</returns>
    public static TextRun Plain(string text) => new() { Text = text ?? throw new ArgumentNullException(nameof(text)) };
}

/// <summary>A paragraph of runs.</summary>
public sealed record Paragraph : Block
{
    /// <summary>The runs, in order.</summary>
    public ValueList<TextRun> Runs { get; init => field = value ?? ValueList<TextRun>.Empty; } = ValueList<TextRun>.Empty;

    /// <summary>A paragraph of one plain run.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The paragraph.</returns>
    public static Paragraph Of(string text) => new() { Runs = [TextRun.Plain(text)] };

    /// <summary>A paragraph of one bold run (used for in-section sub-headings).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The paragraph.</returns>
    public static Paragraph Bold(string text) => new() { Runs = [new TextRun { Text = text ?? throw new ArgumentNullException(nameof(text)), Bold = true }] };

    /// <summary>The paragraph's text without formatting.</summary>
    /// <returns>The concatenated runs.</returns>
    public string PlainText() => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>One entry of a bullet or numbered list.</summary>
public sealed record ListItem
{
    /// <summary>The runs of the entry.</summary>
    public ValueList<TextRun> Runs { get; init => field = value ?? ValueList<TextRun>.Empty; } = ValueList<TextRun>.Empty;

    /// <summary>An entry of one plain run.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The entry.</returns>
    public static ListItem Of(string text) => new() { Runs = [TextRun.Plain(text)] };

    /// <summary>The entry's text without formatting.</summary>
    /// <returns>The concatenated runs.</returns>
    public string PlainText() => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A bulleted list.</summary>
public sealed record BulletList : Block
{
    /// <summary>The entries.</summary>
    public ValueList<ListItem> Items { get; init => field = value ?? ValueList<ListItem>.Empty; } = ValueList<ListItem>.Empty;

    /// <summary>A list of plain entries.</summary>
    /// <param name="items">The entries' text.</param>
    /// <returns>The list.</returns>
    public static BulletList Of(params string[] items) => new() { Items = ValueList.From((items ?? throw new ArgumentNullException(nameof(items))).Select(ListItem.Of)) };
}

/// <summary>A numbered list (1., 2., ...).</summary>
public sealed record NumberedList : Block
{
    /// <summary>The entries.</summary>
    public ValueList<ListItem> Items { get; init => field = value ?? ValueList<ListItem>.Empty; } = ValueList<ListItem>.Empty;

    /// <summary>A list of plain entries.</summary>
    /// <param name="items">The entries' text.</param>
    /// <returns>The list.</returns>
    public static NumberedList Of(params string[] items) => new() { Items = ValueList.From((items ?? throw new ArgumentNullException(nameof(items))).Select(ListItem.Of)) };
}

/// <summary>A simple table. The first row is a header row when <see cref="HasHeaderRow"/> is set.</summary>
public sealed record Table : Block
{
    /// <summary>Whether the first row holds column headings (repeated on each page).</summary>
    public bool HasHeaderRow { get; init; }

    /// <summary>The rows.</summary>
    public ValueList<TableRow> Rows { get; init => field = value ?? ValueList<TableRow>.Empty; } = ValueList<TableRow>.Empty;
}

/// <summary>A table row.</summary>
public sealed record TableRow
{
    /// <summary>The cells, left to right.</summary>
    public ValueList<TableCell> Cells { get; init => field = value ?? ValueList<TableCell>.Empty; } = ValueList<TableCell>.Empty;
}

/// <summary>A table cell holding blocks (paragraphs and lists).</summary>
public sealed record TableCell
{
    /// <summary>The cell's content.</summary>
    public ValueList<Block> Content { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>A cell with one plain paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(string text) => new() { Content = [Paragraph.Of(text)] };
}

/// <summary>Places the meeting's <see cref="Meeting.TimePlan"/> here, printed as a table (<i>Tid | Punkt</i>).</summary>
public sealed record TimePlanBlock : Block;

/// <summary>Places the meeting's <see cref="Meeting.UpcomingMeetings"/> here, printed as a table (<i>Dato | Punkter</i>).</summary>
public sealed record UpcomingMeetingsBlock : Block;
