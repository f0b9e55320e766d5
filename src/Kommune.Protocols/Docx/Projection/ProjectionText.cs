using System.Text;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// The projection being written, refusing to grow past <see cref="DocxProjectionOptions.MaxOutputLength"/>
/// or to let a line grow past <see cref="DocxProjectionOptions.MaxLineLength"/>. Everything is
/// written once, in order: nested tables are written in place (never built apart and copied in),
/// so a deep nesting costs no more than a flat one.
/// </summary>
internal sealed class ProjectionText
{
    private readonly StringBuilder text = new();
    private readonly DocxProjectionOptions options;
    private int lastNewline = -1;

    public ProjectionText(DocxProjectionOptions options) => this.options = options;

    /// <summary>The part being projected, for messages.</summary>
    public PartXml? Source { get; set; }

    public int Length => text.Length;

    public ProjectionText Append(char c)
    {
        Reserve(1);
        text.Append(c);
        Wrote(c == '\n' ? 0 : -1);
        return this;
    }

    public ProjectionText Append(ReadOnlySpan<char> value)
    {
        Reserve(value.Length);
        text.Append(value);
        Wrote(value.LastIndexOf('\n') is var at and >= 0 ? value.Length - at - 1 : -1);
        return this;
    }

    /// <summary>Appends a buffer; inside a nested table its line breaks become spaces, as the table is one line there.</summary>
    public ProjectionText Append(StringBuilder value, bool newlinesAsSpaces)
    {
        foreach (var chunk in value.GetChunks())
        {
            var span = chunk.Span;
            if (!newlinesAsSpaces)
            {
                Append(span);
                continue;
            }

            int at;
            while ((at = span.IndexOf('\n')) >= 0)
            {
                Append(span[..at]).Append(' ');
                span = span[(at + 1)..];
            }

            Append(span);
        }

        return this;
    }

    /// <summary>Appends a paragraph's line, <c>[Style] marker text</c>, and its line break.</summary>
    public void AppendLine(string style, string marker, StringBuilder paragraph)
    {
        // The text of a w:t may hold a line break itself; that rare line then takes the general
        // path, which counts each of its lines. Every other paragraph is checked once, whole.
        if (Contains(paragraph, '\n'))
        {
            Append('[').Append(style).Append("] ").Append(marker).Append(paragraph, newlinesAsSpaces: false).Append('\n');
            return;
        }

        var length = 4 + style.Length + marker.Length + paragraph.Length;
        Reserve(length);
        if (text.Length - lastNewline - 1 + (long)length - 1 > options.MaxLineLength)
        {
            throw LineTooLong();
        }

        text.Append('[').Append(style).Append("] ").Append(marker).Append(paragraph).Append('\n');
        lastNewline = text.Length - 1;
    }

    /// <summary>Inserts a character at an earlier index (the <c>=</c> of a header row whose properties came late).</summary>
    public void Insert(int index, char c)
    {
        Reserve(1);
        text.Insert(index, c);
        if (index <= lastNewline)
        {
            lastNewline++;
        }

        Wrote(-1);
    }

    public override string ToString() => text.ToString();

    private void Reserve(int count)
    {
        if (text.Length + (long)count > options.MaxOutputLength)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxOutputLength), options.MaxOutputLength, "the length of the projection", Source?.Part, Source?.Position);
        }
    }

    // charsAfterNewline: how many characters of what was just written follow its last '\n' (-1: it had none).
    private void Wrote(int charsAfterNewline)
    {
        if (charsAfterNewline >= 0)
        {
            lastNewline = text.Length - charsAfterNewline - 1;
        }

        if (text.Length - lastNewline - 1 > options.MaxLineLength)
        {
            throw LineTooLong();
        }
    }

    private DocxProjectionException LineTooLong() =>
        Refusal.Limit(nameof(DocxProjectionOptions.MaxLineLength), options.MaxLineLength, "the length of a line of the projection", Source?.Part, Source?.Position);

    private static bool Contains(StringBuilder value, char c)
    {
        foreach (var chunk in value.GetChunks())
        {
            if (chunk.Span.Contains(c))
            {
                return true;
            }
        }

        return false;
    }
}
