using BenchmarkDotNet.Attributes;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// Validation and scheduling should grow linearly: 40x the items (50 to 2,000) should take
/// about 40x the time. The 50-item run is the baseline of each method's ratio column.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Meeting meeting = null!;

    /// <summary>The number of items.</summary>
    [Params(50, 500, 2000)]
    public int Items { get; set; }

    /// <summary>Builds the meeting (not timed).</summary>
    [GlobalSetup]
    public void Setup() => meeting = MeetingGenerator.Generate(Items, seed: 42);

    /// <summary>Every rule, time plan included.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ValidationReport Validate() => MeetingValidator.Validate(meeting);

    /// <summary>The time plan only.</summary>
    /// <returns>The schedule.</returns>
    [Benchmark]
    public Schedule Schedule() => MeetingScheduler.Schedule(meeting);
}
