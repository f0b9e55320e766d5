using BenchmarkDotNet.Attributes;
using Kommune.Protocols.Benchmarks.Docx;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// Our DOCX writer against the floor (the same XML through a bare XmlWriter into a zip), the
/// typed Open XML SDK DOM and NPOI, all building the same document in the same run.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private Meeting meeting = null!;
    private DocxOptions options = null!;
    private XmlPartRecording recording = null!;
    private DocumentContent content = null!;
    private MemoryStream output = null!;

    /// <summary>The scenario.</summary>
    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "seed";

    /// <summary>The edition written.</summary>
    [Params(MeetingEdition.Internal, MeetingEdition.Public)]
    public MeetingEdition Edition { get; set; }

    /// <summary>The scenario names.</summary>
    public static IEnumerable<string> ScenarioNames => Scenarios.Names;

    /// <summary>Builds the inputs and records our output for the floor and the peers (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        meeting = Scenarios.Get(Scenario);
        options = new DocxOptions { Edition = Edition };
        var ours = DocxWriter.WriteToBytes(meeting, options);
        recording = XmlPartRecording.Record(ours);
        content = DocumentContent.From(ours);
        output = new MemoryStream(ours.Length * 2);
    }

    /// <summary>The floor: replay our parts' XML with XmlWriter into a zip.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Baseline = true)]
    public long Floor()
    {
        output.SetLength(0);
        FloorWriter.Write(recording, output);
        return output.Length;
    }

    /// <summary>Ours, from the model (the public edition includes making it).</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long Ours()
    {
        output.SetLength(0);
        DocxWriter.Write(meeting, output, options);
        return output.Length;
    }

    /// <summary>The typed Open XML SDK DOM, saved through WordprocessingDocument.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long TypedDom()
    {
        output.SetLength(0);
        TypedDomWriter.Write(content, output);
        return output.Length;
    }

    /// <summary>NPOI 2.4.1 XWPF.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long Npoi()
    {
        // NPOI closes the stream it writes to, so it gets its own.
        var stream = new MemoryStream(output.Capacity);
        NpoiWriter.Write(content, stream);
        return stream.ToArray().LongLength;
    }
}
