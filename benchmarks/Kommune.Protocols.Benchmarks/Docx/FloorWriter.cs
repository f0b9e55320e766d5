using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Kommune.Protocols.Benchmarks.Docx;

/// <summary>
/// The floor: the same parts, node for node, written with a bare <see cref="XmlWriter"/> into a
/// <see cref="ZipArchive"/> at the compression level our writer uses. No DOCX writer that
/// produces this XML can do much less work.
/// </summary>
internal static class FloorWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static void Write(XmlPartRecording recording, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, nodes) in recording.Parts)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            using var stream = entry.Open();
            using var writer = XmlWriter.Create(stream, Settings);
            writer.WriteStartDocument(true);
            foreach (var node in nodes)
            {
                switch (node.Kind)
                {
                    case XmlNodeKind.Start:
                        writer.WriteStartElement(node.Prefix, node.LocalName, node.Namespace);
                        break;
                    case XmlNodeKind.Attribute:
                        writer.WriteAttributeString(node.Prefix, node.LocalName, node.Namespace, node.Value);
                        break;
                    case XmlNodeKind.Text:
                        writer.WriteString(node.Value);
                        break;
                    case XmlNodeKind.End:
                        writer.WriteEndElement();
                        break;
                }
            }

            writer.WriteEndDocument();
        }
    }
}
