using BenchmarkDotNet.Attributes;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Pdf;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// The three writers of one paper on the same meetings in one run: HTML and PDF against the DOCX
/// writer (the baseline), protocol paper, internal edition. The goal for the PDF is at most 3x
/// the DOCX's time at 2,000 items; the allocation column across scenarios shows whether memory
/// grows linearly with the size.
/// </summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private Meeting meeting = null!;
    private MemoryStream output = null!;

    /// <summary>The scenario.</summary>
    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "seed";

    /// <summary>The scenario names.</summary>
    public static IEnumerable<string> ScenarioNames => Scenarios.Names;

    /// <summary>Builds the meeting (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        meeting = Scenarios.Get(Scenario);
        output = new MemoryStream();
    }

    /// <summary>The DOCX writer.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Baseline = true)]
    public long Docx()
    {
        output.SetLength(0);
        DocxWriter.Write(meeting, output, new DocxOptions { Paper = PaperKind.Protocol });
        return output.Length;
    }

    /// <summary>The HTML writer.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long Html()
    {
        output.SetLength(0);
        HtmlWriter.Write(meeting, output, new HtmlOptions { Paper = PaperKind.Protocol });
        return output.Length;
    }

    /// <summary>The PDF writer.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long Pdf()
    {
        output.SetLength(0);
        PdfWriter.Write(meeting, output, new PdfOptions { Paper = PaperKind.Protocol });
        return output.Length;
    }
}
