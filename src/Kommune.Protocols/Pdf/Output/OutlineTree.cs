using System.Text;
using Kommune.Protocols.Pdf.Layout;
using Kommune.Protocols.Pdf.Rendering;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>The document outline (bookmarks), nested by heading level: H2 under the H1 before it, H3 under the H2 before it; levels 1 and 2 open.</summary>
internal static class OutlineTree
{
    /// <summary>Writes the outline of <paramref name="entries"/> and returns the outline dictionary's number (0 when there are none).</summary>
    public static int Write(PdfFile file, IReadOnlyList<OutlineEntry> entries, IReadOnlyList<int> pages)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        var root = new Node(file.Reserve(), null, null);
        var parents = new Node?[4];
        foreach (var entry in entries)
        {
            Node? parent = null;
            for (var level = entry.Level - 1; level >= 1 && parent is null; level--)
            {
                parent = parents[level];
            }

            var node = new Node(file.Reserve(), entry, parent ?? root);
            node.Parent!.Children.Add(node);
            parents[entry.Level] = node;
            for (var deeper = entry.Level + 1; deeper < parents.Length; deeper++)
            {
                parents[deeper] = null;
            }
        }

        file.Dictionary(root.Number, b =>
        {
            b.Raw("/Type/Outlines"u8);
            Links(b, root);
        });
        WriteChildren(file, root, pages);
        return root.Number;
    }

    private static void WriteChildren(PdfFile file, Node parent, IReadOnlyList<int> pages)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var node = parent.Children[i];
            var entry = node.Entry!.Value;
            file.Dictionary(node.Number, b =>
            {
                b.Raw("/Title"u8).TextString(Title(entry.Title)).Raw("/Parent "u8).Ref(parent.Number);
                if (i > 0)
                {
                    b.Raw("/Prev "u8).Ref(parent.Children[i - 1].Number);
                }

                if (i + 1 < parent.Children.Count)
                {
                    b.Raw("/Next "u8).Ref(parent.Children[i + 1].Number);
                }

                Links(b, node);
                b.Raw("/Dest["u8).Ref(pages[entry.Page]).Raw("/XYZ "u8).Number(PageGeometry.Left).Byte((byte)' ')
                    .Number(PageGeometry.Height - entry.Top).Raw(" null]"u8);
            });
            WriteChildren(file, node, pages);
        }
    }

    // First, Last and Count: an open entry counts its visible descendants, a closed one their number negated.
    private static void Links(PdfBytes b, Node node)
    {
        if (node.Children.Count == 0)
        {
            return;
        }

        var count = Visible(node);
        b.Raw("/First "u8).Ref(node.Children[0].Number).Raw("/Last "u8).Ref(node.Children[^1].Number)
            .Raw("/Count "u8).Int(node.Open ? count : -count);
    }

    private static int Visible(Node node)
    {
        var count = 0;
        foreach (var child in node.Children)
        {
            count += 1 + (child.Open ? Visible(child) : 0);
        }

        return count;
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

    private sealed class Node(int number, OutlineEntry? entry, Node? parent)
    {
        public int Number { get; } = number;

        public OutlineEntry? Entry { get; } = entry;

        public Node? Parent { get; } = parent;

        public List<Node> Children { get; } = [];

        public bool Open => Entry is not { } entry || entry.Level < 3;
    }
}
