using System.Text;
using Kommune.Protocols.Docx;
using static Kommune.Protocols.Tests.Docx.DocxProjectionFixtures;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// Damaged DOCX files at random, in the bytes of the zip and in the XML of every part the
/// projection reads: each either projects or is refused with <see cref="DocxProjectionException"/>;
/// no other exception gets out. Fixed seeds, so a failure reproduces.
/// </summary>
public class DocxProjectionFuzzTests
{
    private static readonly string[] Parts =
    [
        "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/header1.xml", "word/footer1.xml",
        "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml",
    ];

    private static readonly string[] Tokens =
    [
        "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&#x1F600;", "\"", "'", "]]>", "<![CDATA[", "<!--", "-->", "<?x", "?>",
        "<!DOCTYPE x>", "<!ENTITY e \"e\">", "&e;", "\u0000", "\uFFFE", "\uD800", "<w:p>", "</w:p>", "<w:tbl><w:tr><w:tc>", "</w:tc>",
        "<w:t>", "</w:t>", "<w:r>", "w:val=\"x\"", "w:val=\"-1\"", "w:val=\"99999999999\"", "w:val=\"True\"", "r:id=\"rId99\"",
        "xmlns:w=\"urn:x\"", "xmlns=\"\"", "<w:sectPr><w:headerReference r:id=\"rId4\"/></w:sectPr>", "Target=\"../../x\"",
        "TargetMode=\"External\"", "Id=\"rId1\"", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:numPr><w:numId w:val=\"1\"/></w:numPr>",
    ];

    [Fact]
    public void Damaged_zip_bytes_are_projected_or_refused()
    {
        for (var seed = 0; seed < 2000; seed++)
        {
            var random = new Random(seed);
            var docx = (byte[])Seed.Clone();
            switch (seed % 4)
            {
                case 0:
                    for (var i = random.Next(1, 8); i > 0; i--)
                    {
                        docx[random.Next(docx.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    docx = docx[..random.Next(docx.Length)];
                    break;
                case 2:
                    var start = random.Next(docx.Length);
                    Array.Clear(docx, start, Math.Min(random.Next(1, 64), docx.Length - start));
                    break;
                default:
                    var from = random.Next(docx.Length);
                    var length = Math.Min(random.Next(1, 200), docx.Length - from);
                    docx = [.. docx[..from], .. docx.AsSpan(from, length), .. docx[from..]];
                    break;
            }

            AssertProjectedOrRefused(docx, $"byte damage, seed {seed}");
        }
    }

    [Fact]
    public void Damaged_xml_in_every_part_is_projected_or_refused()
    {
        var entries = Entries(Seed);
        for (var seed = 0; seed < 2000; seed++)
        {
            var random = new Random(seed);
            var part = Parts[seed % Parts.Length];
            var xml = Encoding.UTF8.GetString(entries.Single(e => e.Name == part).Content);
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var at = random.Next(xml.Length);
                xml = random.Next(3) switch
                {
                    0 => xml.Remove(at, Math.Min(random.Next(1, 40), xml.Length - at)),
                    1 => xml.Insert(at, xml.Substring(random.Next(xml.Length / 2), Math.Min(random.Next(1, 300), xml.Length / 2))),
                    _ => xml.Insert(at, Tokens[random.Next(Tokens.Length)]),
                };
            }

            AssertProjectedOrRefused(Replace(Seed, (part, Encoding.UTF8.GetBytes(xml))), $"{part} damaged, seed {seed}");
        }
    }

    private static void AssertProjectedOrRefused(byte[] docx, string what)
    {
        var error = Record.Exception(() => DocxTextProjection.Project(docx));
        Assert.True(error is null or DocxProjectionException, $"{what}: {error}");
    }
}
