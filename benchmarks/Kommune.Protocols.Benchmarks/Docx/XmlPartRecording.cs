using System.IO.Compression;
using System.Xml;

namespace Kommune.Protocols.Benchmarks.Docx;

/// <summary>What one XML node contributes when a part is written again with <see cref="XmlWriter"/>.</summary>
internal enum XmlNodeKind
{
    Start,
    Attribute,
    Text,
    End,
}

/// <summary>One recorded node: element start or end, attribute, or text.</summary>
internal readonly record struct XmlNode(XmlNodeKind Kind, string Prefix, string LocalName, string Namespace, string Value);

/// <summary>
/// Every part of a DOCX recorded as the writer calls that produce it, so the floor benchmark
/// pays only for the XmlWriter calls and the compression, never for deciding what to write.
/// </summary>
internal sealed class XmlPartRecording
{
    private XmlPartRecording(IReadOnlyList<(string Path, XmlNode[] Nodes)> parts, long xmlBytes)
    {
        Parts = parts;
        XmlBytes = xmlBytes;
    }

    /// <summary>The parts in package order.</summary>
    public IReadOnlyList<(string Path, XmlNode[] Nodes)> Parts { get; }

    /// <summary>The uncompressed size of all the parts' XML.</summary>
    public long XmlBytes { get; }

    /// <summary>Records every part of <paramref name="docx"/>.</summary>
    public static XmlPartRecording Record(byte[] docx)
    {
        var parts = new List<(string, XmlNode[])>();
        long size = 0;
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            size += entry.Length;
            using var stream = entry.Open();
            parts.Add((entry.FullName, ReadNodes(stream)));
        }

        return new XmlPartRecording(parts, size);
    }

    private static XmlNode[] ReadNodes(Stream stream)
    {
        var nodes = new List<XmlNode>();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false });
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    nodes.Add(new(XmlNodeKind.Start, reader.Prefix, reader.LocalName, reader.NamespaceURI, ""));
                    var empty = reader.IsEmptyElement;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            nodes.Add(new(XmlNodeKind.Attribute, reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value));
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }

                    if (empty)
                    {
                        nodes.Add(new(XmlNodeKind.End, "", "", "", ""));
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    nodes.Add(new(XmlNodeKind.Text, "", "", "", reader.Value));
                    break;
                case XmlNodeType.EndElement:
                    nodes.Add(new(XmlNodeKind.End, "", "", "", ""));
                    break;
            }
        }

        return [.. nodes];
    }
}
