using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// One XML writer serves every part of a package: each part must still be a whole XML document
/// of its own (the declaration, one root, nothing of the part before it), and a part that fails
/// half-way must not leave its writer's state to the next part.
/// </summary>
public class DocxPartWriterTests
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";

    [Fact]
    public void Every_xml_part_of_generated_papers_is_a_document_of_its_own()
    {
        foreach (var meeting in new[] { SeedMeeting.Build(), MeetingGenerator.Generate(30, seed: 7) })
        {
            using var zip = new ZipArchive(new MemoryStream(DocxWriter.WriteToBytes(meeting)), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open(), new UTF8Encoding(false));
                var text = reader.ReadToEnd();

                Assert.StartsWith(Declaration, text, StringComparison.Ordinal);
                Assert.Equal(1, text.Split("<?xml ").Length - 1);
                var root = XDocument.Parse(text).Root!;
                Assert.Equal(root.Name.LocalName, LastClosedName(text));
            }
        }
    }

    [Fact]
    public void The_parts_are_what_separate_writers_would_write()
    {
        var output = new MemoryStream();
        using (var package = new DocxPackage(output))
        {
            package.WriteXml("a.xml", w => Root(w, "a", "æ <&>"));
            package.WriteXml("b.xml", w => Root(w, "b", "ø"));
        }

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(Separately("a", "æ <&>"), Read(zip, "a.xml"));
        Assert.Equal(Separately("b", "ø"), Read(zip, "b.xml"));
    }

    [Fact]
    public void A_part_that_fails_half_way_leaves_nothing_to_the_next()
    {
        var output = new MemoryStream();
        using (var package = new DocxPackage(output))
        {
            Assert.Throws<InvalidOperationException>(() => package.WriteXml("a.xml", w =>
            {
                w.WriteStartElement("w", "open", "urn:x");
                w.WriteString("half");
                throw new InvalidOperationException("stopped");
            }));
            package.WriteXml("b.xml", w => Root(w, "b", "whole"));
        }

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(Separately("b", "whole"), Read(zip, "b.xml"));
    }

    private static void Root(XmlWriter w, string name, string text)
    {
        w.WriteStartElement("w", name, "urn:x");
        w.WriteAttributeString("xmlns", "r", null, "urn:r");
        w.WriteElementString("w", "t", "urn:x", text);
        w.WriteEndElement();
    }

    private static string Separately(string name, string text)
    {
        var bytes = new MemoryStream();
        using (var w = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            w.WriteStartDocument(true);
            Root(w, name, text);
            w.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    private static string LastClosedName(string xml)
    {
        var end = xml.LastIndexOf("</", StringComparison.Ordinal);
        var selfClosed = xml.EndsWith("/>", StringComparison.Ordinal);
        if (selfClosed && xml.LastIndexOf('<') > end)
        {
            var tag = xml[(xml.LastIndexOf('<') + 1)..^2].Split(' ')[0];
            return tag.Split(':')[^1];
        }

        return xml[(end + 2)..^1].Split(':')[^1];
    }
}
