using Kommune.Protocols.Model;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>Poppler reads our PDF: <c>pdftotext</c> finds the paper's text in order, <c>pdfinfo</c> sees a tagged file with its title.</summary>
public class PdfRealReaderTests
{
    [RequiresToolsFact("pdftotext")]
    public void Pdftotext_reads_every_item_decision_and_signatory_of_the_seed_in_order()
    {
        var meeting = SeedMeeting.Build();
        var text = Run("pdftotext", PdfWriter.WriteToBytes(meeting, new PdfOptions { Style = SeedMeeting.Style }), ["-enc", "UTF-8"], "paper.txt");
        var pages = text.Split('\f').Count(p => p.Trim().Length > 0);

        var expected = new List<string>();
        foreach (var item in meeting.Items)
        {
            expected.Add($"{item.Number}. {item.Title}");
            if (item.Decision is not null)
            {
                expected.Add("Beslutning i Direktionen den 05-03-2025");
            }
        }

        expected.Add("Bilagsoversigt");
        expected.Add("Underskriftsside");
        expected.AddRange(meeting.Signatories.AsSpan().ToArray().Select(s => $"{s.Title} {s.Name}"));
        AssertInOrder(Flatten(text), expected.Select(Flatten));
        Assert.Contains($"Side 1 af {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"Side {pages} af {pages}", text, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext")]
    public void The_draft_mark_is_on_every_page()
    {
        var meeting = SeedMeeting.Build() with { Stage = DocumentStage.Protocol };
        var text = Run("pdftotext", PdfWriter.WriteToBytes(meeting), ["-enc", "UTF-8"], "paper.txt");
        var perPage = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();

        Assert.True(perPage.Count > 1);
        Assert.All(perPage, page => Assert.Contains("UDKAST", page, StringComparison.Ordinal));
    }

    [RequiresToolsFact("pdfinfo")]
    public void Pdfinfo_sees_a_tagged_pdf_with_its_title()
    {
        var info = Run("pdfinfo", PdfWriter.WriteToBytes(SeedMeeting.Build()), [], output: null);

        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Title:\s+Beslutningsprotokol – Direktionen 5\. marts 2025$", info);
        Assert.Matches(@"(?m)^Page size:\s+595\.3 x 841\.9 pts \(A4\)$", info);
        Assert.Matches(@"(?m)^CreationDate:\s+Wed Mar  5 00:00:00 2025 UTC$", info);
    }

    [RequiresToolsFact("pdffonts")]
    public void Pdffonts_lists_only_embedded_subsets_with_unicode_maps()
    {
        var fonts = Run("pdffonts", PdfWriter.WriteToBytes(SeedMeeting.Build()), [], output: null);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"^[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)? +CID TrueType +Identity-H +yes +yes +yes", row));
    }

    /// <summary>Runs a poppler tool on the PDF in its own folder with a timeout; returns the output file's text, or the tool's own output.</summary>
    private static string Run(string tool, byte[] pdf, string[] arguments, string? output)
    {
        var dir = Directory.CreateTempSubdirectory("kommune-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "paper.pdf");
            File.WriteAllBytes(input, pdf);
            string[] all = output is null ? [.. arguments, input] : [.. arguments, input, Path.Combine(dir.FullName, output)];
            var (code, text) = ExternalTools.Run(tool, all, TimeSpan.FromSeconds(60));
            Assert.True(code == 0, $"{tool} failed ({code}): {text}");
            return output is null ? text : File.ReadAllText(Path.Combine(dir.FullName, output));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>PDF text breaks lines anywhere; compare with all whitespace removed.</summary>
    private static string Flatten(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertInOrder(string haystack, IEnumerable<string> needles)
    {
        var at = 0;
        foreach (var needle in needles)
        {
            var found = haystack.IndexOf(needle, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{needle}' not found after position {at}.");
            at = found + needle.Length;
        }
    }
}
