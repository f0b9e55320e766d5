using BenchmarkDotNet.Attributes;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// A batch job: both DOCX editions of 16 fifty-item meetings, one after another against in
/// parallel on every core, with one shared <see cref="DocxWriter"/>.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private static readonly DocxOptions PublicEdition = new() { Edition = MeetingEdition.Public };

    private Meeting[] meetings = null!;

    /// <summary>How many meetings the batch holds.</summary>
    [Params(16)]
    public int Meetings { get; set; }

    /// <summary>Builds the meetings (not timed).</summary>
    [GlobalSetup]
    public void Setup() => meetings = [.. Enumerable.Range(1, Meetings).Select(seed => MeetingGenerator.Generate(50, seed))];

    /// <summary>Baseline: one meeting after another.</summary>
    /// <returns>The total bytes.</returns>
    [Benchmark(Baseline = true)]
    public long Sequential()
    {
        long total = 0;
        foreach (var meeting in meetings)
        {
            total += Render(meeting);
        }

        return total;
    }

    /// <summary>All meetings at once over the machine's cores.</summary>
    /// <returns>The total bytes.</returns>
    [Benchmark]
    public long Parallel() => meetings.AsParallel().Sum(Render);

    private static long Render(Meeting meeting) =>
        DocxWriter.WriteToBytes(meeting).LongLength + DocxWriter.WriteToBytes(meeting, PublicEdition).LongLength;
}
