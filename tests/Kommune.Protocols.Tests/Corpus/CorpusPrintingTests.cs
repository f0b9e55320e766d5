using System.Text;
using System.Text.Json;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Settings;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Corpus;

/// <summary>
/// The proof of issue 14: real published protocols, written as the library's JSON with their
/// municipality's house style, printed, and every fact of their sheet found on the paper (the
/// DOCX, and the PDF LibreOffice makes of it). A fact the library cannot yet print is listed in
/// <c>Corpus/KnownGaps.json</c> with the reason; such a fact must really be missing, so the list
/// shrinks as the library learns and cannot hide a fact that reaches the paper.
/// </summary>
public class CorpusPrintingTests
{
    private static readonly string CorpusDir = Path.Combine(RepoPaths.TestProject(), "Corpus");

    public static TheoryData<string> Protocols()
    {
        var data = new TheoryData<string>();
        foreach (var id in ProtocolIds())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void A_protocol_reads_and_names_its_sheets_meeting(string id)
    {
        var meeting = Read(id);
        var sheet = Sheet.Load(id);

        Assert.Equal(sheet.Municipality, meeting.Municipality);
        Assert.Equal(sheet.Date, meeting.Date.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Validation_finds_no_error_in_a_real_protocol(string id)
    {
        var report = MeetingValidator.Validate(Read(id));
        var known = Gaps(id).Errors;

        // An error the record deserves because its source was cut short (a decision beyond the
        // stored copy) is listed with the reason; it must still be found, so the list cannot go stale.
        var unexpected = report.Errors.Where(e => !known.Any(k => k.Code == e.Code && k.Path == e.Path)).ToList();
        var stale = known.Where(k => !report.Errors.Any(e => k.Code == e.Code && k.Path == e.Path)).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.True(stale.Count == 0, "Listed in KnownGaps.json but not reported: " + string.Join(", ", stale.Select(k => $"{k.Code} at {k.Path}")));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Every_fact_of_the_sheet_reaches_the_docx(string id)
    {
        var text = Spaced(DocxPlainText(Docx(id)));

        AssertFacts(id, fact => text.Contains(Spaced(fact), StringComparison.Ordinal));
    }

    [RequiresToolsFact("soffice", "pdftotext")]
    public void Every_fact_of_every_sheet_reaches_the_pdf_libreoffice_makes()
    {
        var ids = ProtocolIds();
        var texts = PdfTexts(ids.ToDictionary(id => id, Docx));

        var failures = new List<string>();
        foreach (var id in ids)
        {
            var text = Flat(texts[id]);
            try
            {
                // Read without whitespace, the PDF may find a gap the DOCX lacks (a number and a title
                // in two cells); the DOCX test keeps the gap list honest.
                AssertFacts(id, fact => text.Contains(Flat(fact), StringComparison.Ordinal), staleGapsFail: false);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void The_proof_covers_at_least_twelve_protocols_from_eight_publishers()
    {
        var ids = ProtocolIds();
        var publishers = ids.Select(id => Sheet.Load(id).Municipality).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(ids.Count >= 12, $"{ids.Count} protocols: {string.Join(", ", ids)}");
        Assert.True(publishers.Count >= 8, $"{publishers.Count} publishers: {string.Join(", ", publishers)}");
        Assert.All(ids, id => Assert.NotNull(StylePath(id)));
    }

    [Fact]
    public void Every_known_gap_names_a_fact_of_a_protocol_with_a_reason()
    {
        var ids = ProtocolIds().ToHashSet(StringComparer.Ordinal);
        foreach (var (id, gaps) in KnownGaps.Value)
        {
            Assert.Contains(id, ids);
            var facts = Sheet.Load(id).Facts;
            Assert.All(gaps.Facts, gap =>
            {
                Assert.Contains(gap.Fact, facts);
                Assert.False(string.IsNullOrWhiteSpace(gap.Why), $"{id}: '{gap.Fact}' has no reason.");
            });
            Assert.All(gaps.Errors, error => Assert.False(string.IsNullOrWhiteSpace(error.Why), $"{id}: {error.Code} at {error.Path} has no reason."));
        }
    }

    internal static List<string> ProtocolIds() =>
        [.. Directory.GetFiles(Path.Combine(CorpusDir, "Protocols"), "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    internal static Meeting Read(string id) => MeetingJson.Deserialize(File.ReadAllBytes(Path.Combine(CorpusDir, "Protocols", id + ".json")));

    internal static HouseStyle Style(string id) => SettingsJson.ReadHouseStyleFile(StylePath(id) ?? throw new InvalidOperationException($"No style in Corpus/Styles for {id}."));

    internal static byte[] Docx(string id) => DocxWriter.WriteToBytes(Read(id), new DocxOptions { Style = Style(id) });

    /// <summary>The style whose name (a municipality slug) begins the sheet id; the longest wins (<c>region-hovedstaden</c> over <c>region</c>).</summary>
    private static string? StylePath(string id) =>
        Directory.GetFiles(Path.Combine(CorpusDir, "Styles"), "*.json")
            .Where(p => id.StartsWith(Path.GetFileNameWithoutExtension(p) + "-", StringComparison.Ordinal))
            .MaxBy(p => p.Length);

    private static void AssertFacts(string id, Func<string, bool> found, bool staleGapsFail = true)
    {
        var gaps = Gaps(id).Facts.Select(g => g.Fact).ToHashSet(StringComparer.Ordinal);
        var facts = Sheet.Load(id).Facts;
        var missing = facts.Where(f => !gaps.Contains(f) && !found(f)).ToList();
        var nowFound = staleGapsFail ? facts.Where(f => gaps.Contains(f) && found(f)).ToList() : [];
        var message = new StringBuilder();
        if (missing.Count > 0)
        {
            message.Append(id).Append(": not on the paper:\n  ").AppendJoin("\n  ", missing).Append('\n');
        }

        if (nowFound.Count > 0)
        {
            message.Append(id).Append(": listed as known gaps but now on the paper (remove them from KnownGaps.json):\n  ").AppendJoin("\n  ", nowFound);
        }

        Assert.True(message.Length == 0, message.ToString());
    }

    /// <summary>
    /// The DOCX's words as a reader sees them: the projection without its markers (styles, bold,
    /// italic, tabs, table rules), so a fact split over runs or cells is still one string.
    /// </summary>
    internal static string DocxPlainText(byte[] docx)
    {
        var lines = DocxTextProjection.Project(docx).Split('\n');
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw;
            if (line.StartsWith('[') && line.IndexOf("] ", StringComparison.Ordinal) is var end and > 0)
            {
                line = line[(end + 2)..];
            }

            text.Append(line.Replace("**", string.Empty, StringComparison.Ordinal)
                .Replace("_", string.Empty, StringComparison.Ordinal)
                .Replace('→', ' ')
                .Replace('¶', ' ')
                .Replace("|=", " ", StringComparison.Ordinal)
                .Replace('|', ' ')).Append('\n');
        }

        return text.ToString();
    }

    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>PDF text breaks lines anywhere and may keep soft hyphens: compare without whitespace or them.</summary>
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD'));

    /// <summary>Every DOCX to PDF in one LibreOffice run (it takes seconds to start), then each PDF to text.</summary>
    private static Dictionary<string, string> PdfTexts(Dictionary<string, byte[]> docxById)
    {
        var dir = Directory.CreateTempSubdirectory("kommune-corpus-");
        try
        {
            var inputs = new List<string>();
            foreach (var (id, docx) in docxById)
            {
                var input = Path.Combine(dir.FullName, id + ".docx");
                File.WriteAllBytes(input, docx);
                inputs.Add(input);
            }

            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            var (code, output) = ExternalTools.Run(
                "soffice",
                ["--headless", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", dir.FullName, .. inputs],
                TimeSpan.FromSeconds(300));
            Assert.True(code == 0, $"soffice failed ({code}): {output}");

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in docxById.Keys)
            {
                var pdf = Path.Combine(dir.FullName, id + ".pdf");
                Assert.True(File.Exists(pdf), $"soffice wrote no {id}.pdf: {output}");
                var txt = Path.Combine(dir.FullName, id + ".txt");
                (code, output) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", pdf, txt], TimeSpan.FromSeconds(60));
                Assert.True(code == 0, $"pdftotext failed on {id} ({code}): {output}");
                texts[id] = File.ReadAllText(txt);
            }

            return texts;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<Dictionary<string, ProtocolGaps>> KnownGaps = new(() =>
    {
        var path = Path.Combine(CorpusDir, "KnownGaps.json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, ProtocolGaps>>(File.ReadAllText(path), JsonOptions) ?? []
            : [];
    });

    private static ProtocolGaps Gaps(string id) => KnownGaps.Value.GetValueOrDefault(id) ?? new ProtocolGaps([], []);

    private sealed record FactGap(string Fact, string Why);

    private sealed record ErrorGap(string Code, string Path, string Why);

    private sealed record ProtocolGaps(List<FactGap> Facts, List<ErrorGap> Errors);

    private sealed record Sheet(string Municipality, string Date, List<string> Facts)
    {
        public static Sheet Load(string id) =>
            JsonSerializer.Deserialize<Sheet>(File.ReadAllText(Path.Combine(CorpusDir, "Sheets", id + ".json")), JsonOptions)
            ?? throw new InvalidOperationException($"Empty sheet {id}.");
    }
}
