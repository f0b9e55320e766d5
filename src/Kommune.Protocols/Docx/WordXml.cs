using System.Xml;

namespace Kommune.Protocols.Docx;

/// <summary>The WordprocessingML vocabulary the writer uses, written straight to an <see cref="XmlWriter"/>.</summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Start(XmlWriter xml, string name) => xml.WriteStartElement("w", name, W);

    public static void End(XmlWriter xml) => xml.WriteEndElement();

    /// <summary>An element with one <c>w:val</c> attribute (<c>&lt;w:pStyle w:val="Title"/&gt;</c>).</summary>
    public static void Val(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    public static void Empty(XmlWriter xml, string name)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteEndElement();
    }

    public static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString("w", name, W, value);

    /// <summary>
    /// A run: <c>\n</c> becomes a line break and <c>\t</c> a tab; CR is dropped (CR LF is one
    /// break). Text has been checked for characters XML cannot carry before writing began.
    /// </summary>
    public static void Run(XmlWriter xml, string text, bool bold, bool italic)
    {
        Start(xml, "r");
        if (bold || italic)
        {
            Start(xml, "rPr");
            if (bold)
            {
                Empty(xml, "b");
                Empty(xml, "bCs");
            }

            if (italic)
            {
                Empty(xml, "i");
                Empty(xml, "iCs");
            }

            End(xml);
        }

        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny('\n', '\t', '\r');
            var piece = stop < 0 ? rest : rest[..stop];
            if (!piece.IsEmpty)
            {
                Start(xml, "t");
                if (char.IsWhiteSpace(piece[0]) || char.IsWhiteSpace(piece[^1]))
                {
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                }

                if (piece.Length == text.Length)
                {
                    xml.WriteString(text);
                }
                else
                {
                    WriteChars(xml, piece);
                }

                End(xml);
            }

            if (stop < 0)
            {
                break;
            }

            if (rest[stop] == '\n')
            {
                Empty(xml, "br");
            }
            else if (rest[stop] == '\t')
            {
                Empty(xml, "tab");
            }

            rest = rest[(stop + 1)..];
        }

        End(xml);
    }

    private static void WriteChars(XmlWriter xml, ReadOnlySpan<char> text)
    {
        // XmlWriter takes strings or char arrays; a pooled array avoids a string per piece of a split run.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(buffer);
        xml.WriteChars(buffer, 0, text.Length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }
}
