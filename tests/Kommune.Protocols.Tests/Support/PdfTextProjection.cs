using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// A PDF as text for snapshot diffs, read with PdfPig: per page, each marked-content block in
/// content order with its tag (<c>[H2]</c>, <c>[P]</c>, <c>[TH]</c>, <c>[Artifact]</c>) and its
/// text, one line per baseline; a wide gap between letters on a line (a tab, a table column) is
/// shown as <c>→</c>. Also the whole text flattened, for finding fields however lines broke.
/// </summary>
public static class PdfTextProjection
{
    public static string Project(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var builder = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            builder.Append("== page ").Append(page.Number).Append(" ==\n");
            foreach (var block in page.GetMarkedContents())
            {
                Block(block, builder);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Every letter of every page in content order, with all whitespace removed, so a word broken
    /// across lines is whole again. Artifacts (running heads and feet, repeated header rows) are
    /// left out unless <paramref name="artifacts"/> is set, so text that continues on the next
    /// page is whole too.
    /// </summary>
    public static string FlatText(byte[] pdf, bool artifacts = false) => string.Concat(PageTexts(pdf, artifacts));

    /// <summary><see cref="FlatText"/> page by page.</summary>
    public static List<string> PageTexts(byte[] pdf, bool artifacts = false)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        foreach (var page in document.GetPages())
        {
            var builder = new StringBuilder();
            pages.Add(string.Empty);
            if (artifacts)
            {
                Append(page.Letters, builder);
            }
            else
            {
                foreach (var block in page.GetMarkedContents())
                {
                    AppendContent(block, builder);
                }
            }

            pages[^1] = builder.ToString();
        }

        return pages;
    }

    private static void AppendContent(MarkedContentElement block, StringBuilder builder)
    {
        if (block.IsArtifact)
        {
            return;
        }

        Append(block.Letters, builder);
        foreach (var child in block.Children)
        {
            AppendContent(child, builder);
        }
    }

    private static void Append(IReadOnlyList<Letter> letters, StringBuilder builder)
    {
        foreach (var letter in Merged(letters))
        {
            foreach (var c in letter.Value)
            {
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(c);
                }
            }
        }
    }

    private static void Block(MarkedContentElement block, StringBuilder builder)
    {
        var tag = block.IsArtifact ? "Artifact" : block.Tag;
        foreach (var line in Lines(block.Letters))
        {
            builder.Append('[').Append(tag).Append("] ").Append(line).Append('\n');
        }

        foreach (var child in block.Children)
        {
            Block(child, builder);
        }
    }

    /// <summary>
    /// The letters without PdfPig's leftovers: when it merges a combining mark into the letter
    /// before it (<c>e</c> + U+0301 into <c>é</c>), a marked-content block can keep the bare
    /// letter too, at the same point; that copy is dropped.
    /// </summary>
    private static IEnumerable<Letter> Merged(IReadOnlyList<Letter> letters)
    {
        for (var i = 0; i < letters.Count; i++)
        {
            if (i + 1 < letters.Count
                && letters[i + 1].Value.Length > letters[i].Value.Length
                && letters[i + 1].Value.StartsWith(letters[i].Value, StringComparison.Ordinal)
                && Math.Abs(letters[i + 1].StartBaseLine.X - letters[i].StartBaseLine.X) < 0.01
                && Math.Abs(letters[i + 1].StartBaseLine.Y - letters[i].StartBaseLine.Y) < 0.01)
            {
                continue;
            }

            yield return letters[i];
        }
    }

    private static IEnumerable<string> Lines(IReadOnlyList<Letter> letters)
    {
        var line = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in Merged(letters))
        {
            if (previous is not null)
            {
                if (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5)
                {
                    yield return line.ToString().TrimEnd();
                    line.Clear();
                }
                else if (letter.StartBaseLine.X - previous.EndBaseLine.X > letter.PointSize * 0.6)
                {
                    line.Append('→');
                }
            }

            line.Append(letter.Value);
            previous = letter;
        }

        if (line.Length > 0)
        {
            yield return line.ToString().TrimEnd();
        }
    }
}
