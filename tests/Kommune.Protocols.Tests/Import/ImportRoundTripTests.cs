using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Tests.Docx;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Import;

/// <summary>
/// Import, then JSON, then DOCX: every fixture's meeting reads back equal from its JSON, writes a
/// DOCX the Open XML validator accepts (and LibreOffice reads, where installed), and its public
/// edition shows nothing of the items the source marks closed.
/// </summary>
public class ImportRoundTripTests
{
    /// <summary>The items each fixture's source marks closed (or leaves unclear, which fails closed), by printed number (<c>unnumbered</c> for an item without one).</summary>
    private static readonly Dictionary<string, string[]> ClosedInSource = new(StringComparer.Ordinal)
    {
        ["sbsys-publication-agenda.xml"] = ["3"],
        ["sbsys-publication-protocol.xml"] = ["16", "17"],
        ["sbsys-publication-broken.xml"] = ["2"],
        ["sbsys-dagsorden-agenda.xml"] = ["47"],
        ["sbsys-dagsorden-protocol.xml"] = ["131"],
        ["sbsys-dagsorden-broken.xml"] = ["unnumbered", "12"],
        ["edoc-agenda.xml"] = ["63"],
        ["edoc-protocol.xml"] = ["89"],
        ["edoc-broken.xml"] = ["unnumbered", "5"],
        ["acadre-agenda.xml"] = ["2"],
        ["acadre-protocol.xml"] = ["2", "3"],
        ["acadre-broken.xml"] = ["1", "3"],
    };

    [Fact]
    public void Every_fixture_names_its_closed_items()
    {
        Assert.Equal(ImportFixtures.All.Select(f => f.File).Order(), ClosedInSource.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void Closed_items_in_the_source_are_closed_in_the_meeting(string file)
    {
        var meeting = ImportFixtures.Import(file).Meeting;

        Assert.Equal(ClosedInSource[file], meeting.Items.Where(i => i.Access != Access.Open).Select(i => i.Number?.ToString() ?? "unnumbered").ToArray());
        Assert.All(meeting.Items.Where(i => i.Access != Access.Open).SelectMany(i => i.Attachments), a => Assert.Equal(Access.Closed, a.Access));
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void The_meeting_reads_back_equal_from_its_json(string file)
    {
        var meeting = ImportFixtures.Import(file).Meeting;

        var json = MeetingJson.SerializeToUtf8Bytes(meeting);

        Assert.Equal(meeting, MeetingJson.Deserialize(json));
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void The_docx_of_both_editions_is_valid(string file)
    {
        var meeting = MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(ImportFixtures.Import(file).Meeting));

        Assert.Empty(DocxTestSupport.ValidationErrors(DocxWriter.WriteToBytes(meeting)));
        Assert.Empty(DocxTestSupport.ValidationErrors(DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public })));
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void The_public_docx_shows_nothing_of_the_closed_items_content(string file)
    {
        var meeting = MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(ImportFixtures.Import(file).Meeting));
        var closed = ClosedTexts(meeting);
        var internalText = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting));
        var publicText = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public }));

        Assert.NotEmpty(closed);
        foreach (var text in closed)
        {
            // The check can see the text: the internal edition prints it.
            Assert.Contains(text, internalText, StringComparison.Ordinal);
            Assert.DoesNotContain(text, publicText, StringComparison.Ordinal);
        }
    }

    [RequiresToolsFact("soffice", "pdftotext")]
    public void LibreOffice_reads_the_docx_of_every_fixture()
    {
        var folder = Directory.CreateTempSubdirectory("kommune-import-docx-");
        try
        {
            var titles = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (file, _) in ImportFixtures.All)
            {
                var meeting = ImportFixtures.Import(file).Meeting;
                var stem = Path.GetFileNameWithoutExtension(file);
                File.WriteAllBytes(Path.Combine(folder.FullName, stem + ".docx"), DocxWriter.WriteToBytes(meeting));
                titles[stem] = [.. meeting.Items.Select(i => i.Title).Where(t => t.Length > 0)];
            }

            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var inputs = titles.Keys.Select(s => Path.Combine(folder.FullName, s + ".docx"));
            var (code, output) = ExternalTools.Run("soffice", ["--headless", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", folder.FullName, .. inputs], TimeSpan.FromSeconds(300));
            Assert.True(code == 0, $"soffice failed ({code}): {output}");
            foreach (var (stem, expected) in titles)
            {
                var pdf = Path.Combine(folder.FullName, stem + ".pdf");
                var txt = Path.Combine(folder.FullName, stem + ".txt");
                Assert.True(File.Exists(pdf), $"no PDF for {stem}: {output}");
                (code, output) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", pdf, txt], TimeSpan.FromSeconds(60));
                Assert.True(code == 0, $"pdftotext failed ({code}): {output}");
                var text = Flatten(File.ReadAllText(txt));
                Assert.All(expected, title => Assert.Contains(Flatten(title), text, StringComparison.Ordinal));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The texts of the closed items' sections and decisions (paragraphs, list entries, table cells), long enough to be their own.</summary>
    private static List<string> ClosedTexts(Meeting meeting)
    {
        // An agenda prints no decisions, so only a protocol's can leak.
        var printsDecisions = meeting.Stage >= DocumentStage.Protocol;
        IEnumerable<Block> Content(AgendaItem item) => item.Sections.SelectMany(s => s.Content).Concat(printsDecisions ? item.Decision?.Text ?? ValueList<Block>.Empty : ValueList<Block>.Empty);
        var closed = new List<string>();
        var open = new List<string>();
        foreach (var item in meeting.Items)
        {
            Texts(Content(item), item.Access == Access.Open ? open : closed);
            open.AddRange(item.Access == Access.Open ? item.History.Select(h => h.Text).OfType<string>() : []);
        }

        // Words an open item prints too ("Anbefales.") are no leak.
        return closed.Where(t => t.Length >= 10 && !open.Exists(o => o.Contains(t, StringComparison.Ordinal))).Distinct().ToList();
    }

    private static void Texts(IEnumerable<Block> blocks, List<string> into)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    into.AddRange(p.PlainText().Split('\n'));
                    break;
                case BulletList l:
                    into.AddRange(l.Items.Select(i => i.PlainText()));
                    break;
                case NumberedList l:
                    into.AddRange(l.Items.Select(i => i.PlainText()));
                    break;
                case Table t:
                    foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                    {
                        Texts(cell.Content, into);
                    }

                    break;
            }
        }
    }

    private static string Flatten(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
