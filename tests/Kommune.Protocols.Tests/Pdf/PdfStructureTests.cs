using System.Xml.Linq;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Paper.Compose;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>The seed protocol's PDF, read with PdfPig: the catalog and structure tree a PDF/UA-1 reader relies on.</summary>
public class PdfStructureTests
{
    private static readonly byte[] Seed = PdfWriter.WriteToBytes(SeedMeeting.Build());

    [Fact]
    public void The_catalog_says_tagged_with_language_and_title_shown()
    {
        using var document = PdfDocument.Open(Seed);
        var reader = new PdfStructureReader(document);

        var markInfo = Assert.IsType<DictionaryToken>(reader.Get(reader.Catalog, "MarkInfo"));
        Assert.True(Assert.IsType<BooleanToken>(reader.Get(markInfo, "Marked")).Data);
        Assert.Equal("da-DK", Assert.IsType<StringToken>(reader.Get(reader.Catalog, "Lang")).Data);
        var preferences = Assert.IsType<DictionaryToken>(reader.Get(reader.Catalog, "ViewerPreferences"));
        Assert.True(Assert.IsType<BooleanToken>(reader.Get(preferences, "DisplayDocTitle")).Data);
        Assert.NotNull(reader.Get(reader.Catalog, "StructTreeRoot"));
        Assert.Equal("Beslutningsprotokol – Direktionen 5. marts 2025", document.Information.Title);
        Assert.Equal("Norddjurs Kommune, Direktionen", document.Information.Subject);
    }

    [Fact]
    public void The_structure_tree_has_the_headings_of_the_paper_in_order()
    {
        using var document = PdfDocument.Open(Seed);
        var root = new PdfStructureReader(document).Root();

        var expected = PaperComposer.Compose(SeedMeeting.Build(), PdfOptions.Default).Blocks
            .OfType<PaperHeading>()
            .Select(h => $"H{h.Level}")
            .ToList();
        var headings = root.DepthFirst().Select(e => e.Type).Where(t => t is "H1" or "H2" or "H3").ToList();

        Assert.Equal("Document", root.Type);
        Assert.Equal(expected, headings);
        Assert.Equal("H1", headings[0]);
        Assert.Contains("H3", headings);
        Assert.All(root.DepthFirst(), e => Assert.DoesNotContain(e.Children, c => c.Type == "Document"));
    }

    [Fact]
    public void Tables_have_rows_with_header_cells_scoped_to_their_columns()
    {
        using var document = PdfDocument.Open(Seed);
        var reader = new PdfStructureReader(document);
        var tables = reader.Root().DepthFirst().Where(e => e.Type == "Table").ToList();

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.All(table.Children, row => Assert.Equal("TR", row.Type));
            var header = table.Children[0];
            Assert.All(header.Children, cell => Assert.Equal("TH", cell.Type));
            Assert.All(table.Children.Skip(1), row => Assert.All(row.Children, cell => Assert.Equal("TD", cell.Type)));
            foreach (var cell in header.Children)
            {
                var attributes = Assert.IsType<DictionaryToken>(reader.Get(cell.Dictionary, "A"));
                Assert.Equal("Table", Assert.IsType<NameToken>(reader.Get(attributes, "O")).Data);
                Assert.Equal("Column", Assert.IsType<NameToken>(reader.Get(attributes, "Scope")).Data);
            }
        }

        // The contents table: Nr. | Punkt | Adgang.
        Assert.Equal(3, tables[0].Children[0].Children.Count);
    }

    [Fact]
    public void Lists_are_L_LI_Lbl_LBody()
    {
        using var document = PdfDocument.Open(Seed);
        var lists = new PdfStructureReader(document).Root().DepthFirst().Where(e => e.Type == "L").ToList();

        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.All(list.Children, item =>
        {
            Assert.Equal("LI", item.Type);
            Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type));
        }));
    }

    [Fact]
    public void The_xmp_metadata_identifies_pdf_ua_1_and_carries_the_title()
    {
        using var document = PdfDocument.Open(Seed);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        // XMP in a PDF is UTF-8; PdfPig's own GetXDocument reads the bytes as Latin-1.
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes()));
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        XNamespace rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";

        Assert.Equal("1", xml.Descendants(pdfuaid + "part").Single().Value);
        Assert.Equal("Beslutningsprotokol – Direktionen 5. marts 2025", xml.Descendants(dc + "title").Descendants(rdf + "li").Single().Value);
        Assert.Equal("da-DK", xml.Descendants(dc + "language").Descendants(rdf + "li").Single().Value);
    }

    [Fact]
    public void Bookmarks_follow_the_headings()
    {
        using var document = PdfDocument.Open(Seed);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = Assert.Single(bookmarks.Roots);

        Assert.Equal("Beslutningsprotokol", top.Title);
        Assert.Contains(top.Children, b => b.Title == "3. Ledelsesinformation i Norddjurs Kommune" && b.Children.Any(c => c.Title == "Sagsfremstilling"));
        Assert.Contains(top.Children, b => b.Title == "Underskriftsside");
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        using var document = PdfDocument.Open(Seed);
        var reader = new PdfStructureReader(document);
        var fonts = 0;
        foreach (var page in document.GetPages())
        {
            var resources = Assert.IsType<DictionaryToken>(reader.Get(page.Dictionary, "Resources"));
            foreach (var (_, token) in Assert.IsType<DictionaryToken>(reader.Get(resources, "Font")).Data)
            {
                var font = Assert.IsType<DictionaryToken>(reader.Resolve(token));
                var cid = Assert.IsType<DictionaryToken>(reader.Resolve(Assert.IsType<ArrayToken>(reader.Get(font, "DescendantFonts")).Data[0]));
                var descriptor = Assert.IsType<DictionaryToken>(reader.Get(cid, "FontDescriptor"));
                Assert.NotNull(reader.Get(descriptor, "FontFile2"));
                Assert.Matches("^[A-Z]{6}\\+DejaVu", Assert.IsType<NameToken>(reader.Get(font, "BaseFont")).Data);
                fonts++;
            }
        }

        Assert.True(fonts > 0);
    }
}
