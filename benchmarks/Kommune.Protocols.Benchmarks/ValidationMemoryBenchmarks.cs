using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kommune.Protocols.Model;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// The same amount of work over the same amount of memory: forty different 50-item meetings
/// against one 2,000-item meeting. <see cref="ValidationBenchmarks"/> compares one 50-item
/// meeting, which stays in the processor's cache between iterations, with one 2,000-item
/// meeting, which does not; this class separates what the code costs per item from what the
/// cache costs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationMemoryBenchmarks
{
    private Meeting[] small = [];
    private Meeting large = null!;

    /// <summary>Builds the meetings (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        small = Enumerable.Range(0, 40).Select(i => MeetingGenerator.Generate(50, seed: 42 + i)).ToArray();
        large = MeetingGenerator.Generate(2000, seed: 42);
    }

    /// <summary>Validates forty 50-item meetings.</summary>
    /// <returns>The number of issues found.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("validate")]
    public int ValidateForty50()
    {
        var issues = 0;
        foreach (var meeting in small)
        {
            issues += MeetingValidator.Validate(meeting).Issues.Count;
        }

        return issues;
    }

    /// <summary>Validates one 2,000-item meeting.</summary>
    /// <returns>The number of issues found.</returns>
    [Benchmark, BenchmarkCategory("validate")]
    public int ValidateOne2000() => MeetingValidator.Validate(large).Issues.Count;

    /// <summary>Schedules forty 50-item meetings.</summary>
    /// <returns>The number of slots.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("schedule")]
    public int ScheduleForty50()
    {
        var slots = 0;
        foreach (var meeting in small)
        {
            slots += MeetingScheduler.Schedule(meeting).Slots.Count;
        }

        return slots;
    }

    /// <summary>Schedules one 2,000-item meeting.</summary>
    /// <returns>The number of slots.</returns>
    [Benchmark, BenchmarkCategory("schedule")]
    public int ScheduleOne2000() => MeetingScheduler.Schedule(large).Slots.Count;
}
