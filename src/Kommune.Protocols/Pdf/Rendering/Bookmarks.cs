using System.Text;
using Kommune.Protocols.Pdf.Layout;
using PdfSharp.Pdf;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>The document outline (bookmarks), nested by heading level: H2 under the H1 before it, H3 under the H2 before it.</summary>
internal static class Bookmarks
{
    public static void Add(PdfDocument document, IReadOnlyList<OutlineEntry> entries)
    {
        var parents = new PdfOutline?[4];
        foreach (var entry in entries)
        {
            PdfOutline? parent = null;
            for (var level = entry.Level - 1; level >= 1 && parent is null; level--)
            {
                parent = parents[level];
            }

            var collection = parent is null ? document.Outlines : parent.Outlines;
            var outline = collection.Add(Title(entry.Title), document.Pages[entry.Page], opened: entry.Level < 3);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = PageGeometry.Left;
            outline.Top = PageGeometry.Height - entry.Top;
            parents[entry.Level] = outline;
            for (var deeper = entry.Level + 1; deeper < parents.Length; deeper++)
            {
                parents[deeper] = null;
            }
        }
    }

    // A bookmark is one line: line breaks, tabs and other controls become spaces.
    private static string Title(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }
}
