using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>LibreOffice reads our DOCX, writes a PDF, and pdftotext reads the text back.</summary>
public class DocxRealReaderTests
{
    [RequiresToolsFact("soffice", "pdftotext")]
    public void LibreOffice_reads_the_seed_protocol()
    {
        var meeting = SeedMeeting.Build();
        var text = ToPdfText(DocxWriter.WriteToBytes(meeting, new DocxOptions { Style = SeedMeeting.Style }), out var pages);

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

    [RequiresToolsFact("soffice", "pdftotext")]
    public void LibreOffice_shows_the_draft_mark_on_every_page()
    {
        var meeting = SeedMeeting.Build() with { Stage = DocumentStage.Protocol };
        var text = ToPdfText(DocxWriter.WriteToBytes(meeting), out var pages);
        var perPage = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(pages, perPage.Count);
        Assert.All(perPage, page => Assert.Contains("UDKAST", page, StringComparison.Ordinal));
    }

    private static string ToPdfText(byte[] docx, out int pages)
    {
        var dir = Directory.CreateTempSubdirectory("kommune-docx-");
        try
        {
            var input = Path.Combine(dir.FullName, "paper.docx");
            File.WriteAllBytes(input, docx);
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            var (code, output) = ExternalTools.Run(
                "soffice",
                ["--headless", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", dir.FullName, input],
                TimeSpan.FromSeconds(120));
            var pdf = Path.Combine(dir.FullName, "paper.pdf");
            Assert.True(code == 0 && File.Exists(pdf), $"soffice failed ({code}): {output}");

            var txt = Path.Combine(dir.FullName, "paper.txt");
            (code, output) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", pdf, txt], TimeSpan.FromSeconds(60));
            Assert.True(code == 0, $"pdftotext failed ({code}): {output}");
            var text = File.ReadAllText(txt);
            pages = text.Split('\f').Count(p => p.Trim().Length > 0);
            return text;
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
