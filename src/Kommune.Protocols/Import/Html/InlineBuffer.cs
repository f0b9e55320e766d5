using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Collects the text of one paragraph as HTML lays it out: every run of white space is one
/// space (across formatting boundaries), <c>&lt;br&gt;</c> is a <c>\n</c> with no space around
/// it, and white space and breaks at either end are dropped. Adjacent runs with the same
/// formatting are merged.
/// </summary>
internal sealed class InlineBuffer
{
    private readonly List<(string? Text, bool Bold, bool Italic)> parts = [];

    public bool IsEmpty => parts.Count == 0;

    public void Add(string text, bool bold, bool italic)
    {
        if (text.Length > 0)
        {
            parts.Add((text, bold, italic));
        }
    }

    public void Break() => parts.Add((null, false, false));

    /// <summary>The runs laid out, or empty when there is no visible text; the buffer is emptied.</summary>
    public List<TextRun> Take()
    {
        var runs = new List<TextRun>();
        var text = new StringBuilder();
        (bool Bold, bool Italic)? format = null;
        var pendingSpace = false;
        (bool Bold, bool Italic) spaceFormat = default;
        var pendingBreaks = 0;
        var started = false;

        void Emit(char c, bool bold, bool italic)
        {
            if (format is { } f && (f.Bold != bold || f.Italic != italic) && text.Length > 0)
            {
                runs.Add(new TextRun { Text = text.ToString(), Bold = f.Bold, Italic = f.Italic });
                text.Clear();
            }

            format = (bold, italic);
            text.Append(c);
        }

        foreach (var (part, bold, italic) in parts)
        {
            if (part is null)
            {
                pendingSpace = false;
                pendingBreaks += started ? 1 : 0;
                continue;
            }

            foreach (var c in part)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!pendingSpace)
                    {
                        spaceFormat = (bold, italic);
                    }

                    pendingSpace = started && pendingBreaks == 0;
                    continue;
                }

                for (; pendingBreaks > 0; pendingBreaks--)
                {
                    Emit('\n', format?.Bold ?? bold, format?.Italic ?? italic);
                }

                if (pendingSpace)
                {
                    // The space keeps the formatting of the markup it stood in ("<b>fed</b> og": a plain space).
                    Emit(' ', spaceFormat.Bold, spaceFormat.Italic);
                    pendingSpace = false;
                }

                Emit(c, bold, italic);
                started = true;
            }
        }

        if (format is { } last && text.Length > 0)
        {
            runs.Add(new TextRun { Text = text.ToString(), Bold = last.Bold, Italic = last.Italic });
        }

        parts.Clear();
        return runs;
    }
}
