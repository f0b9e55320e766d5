using DocumentFormat.OpenXml.Packaging;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Tests.Docx;

public class DocxPackageTests
{
    [Theory]
    [InlineData("da", "da-DK", "Beslutningsprotokol – Direktionen 5. marts 2025")]
    [InlineData("en", "en-GB", "Minutes – Direktionen 5 March 2025")]
    public void Core_properties_and_styles_come_from_the_meeting_without_dates(string languageName, string tag, string title)
    {
        var language = languageName == "en" ? Language.English : Language.Danish;
        var bytes = DocxWriter.WriteToBytes(SeedMeeting.Build(), new DocxOptions { Language = language });
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var core = document.PackageProperties;
        Assert.Equal(title, core.Title);
        Assert.Equal("Norddjurs Kommune, Direktionen", core.Subject);
        Assert.Equal("Kommune.Protocols", core.Creator);
        Assert.Equal(tag, core.Language);
        Assert.Null(core.Created);
        Assert.Null(core.Modified);

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal(tag, styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<W.Languages>()!.Val!.Value);
        var ids = styles.Elements<W.Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Normal", "Title", "Heading1", "Heading2", "ListBullet", "ListNumber", "Header", "Footer", "ProtocolTable" }, ids);
    }

    [Fact]
    public void Headings_form_an_outline_and_tables_repeat_their_header_row()
    {
        var bytes = DocxWriter.WriteToBytes(SeedMeeting.Build());
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToList();
        Assert.Equal(
            ["1. Beslutningsprotokoller og dagsordener (borgmester deltager)", "2. Sager til behandling og tidsplan", "3. Ledelsesinformation i Norddjurs Kommune", "4. Foreløbigt regnskab 2024", "5. Evaluering af Nytårskur for ledere 2025", "6. Gennemgang af portefølje og tre næstkommende møder", "Bilagsoversigt", "Underskriftsside"],
            headings);
        Assert.All(body.Descendants<W.Table>(), t => Assert.NotNull(t.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>()));
        Assert.All(body.Descendants<W.Table>(), t => Assert.Equal("ProtocolTable", t.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value));
    }

    [Fact]
    public void A_large_protocol_streams()
    {
        var meeting = MeetingGenerator.Generate(2000, 11);
        using var sink = new MemoryStream();
        var before = GC.GetAllocatedBytesForCurrentThread();
        DocxWriter.Write(meeting, sink, new DocxOptions { Edition = MeetingEdition.Public });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Allocation is churn (one paragraph at a time), not retention; this bounds regressions to a DOM of the whole body.
        Assert.True(sink.Length > 500_000, $"Unexpectedly small: {sink.Length} bytes.");
        Assert.True(allocated < 400L * 1024 * 1024, $"Allocated {allocated / 1024 / 1024} MB.");
    }
}
