using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kommune.Protocols.Benchmarks.Baselines;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Benchmarks;

/// <summary>Our JSON reader and writer against plain source-generated DTOs of the same shape.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private Meeting meeting = null!;
    private MeetingDto dto = null!;
    private byte[] json = null!;

    /// <summary>The scenario.</summary>
    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "seed";

    /// <summary>The scenario names.</summary>
    public static IEnumerable<string> ScenarioNames => Scenarios.Names;

    /// <summary>Builds the inputs (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        meeting = Scenarios.Get(Scenario);
        json = MeetingJson.SerializeToUtf8Bytes(meeting);
        dto = JsonSerializer.Deserialize(json, DtoJson.Meeting)!;
    }

    /// <summary>Baseline: write the DTOs.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("write")]
    public byte[] WriteDto() => JsonSerializer.SerializeToUtf8Bytes(dto, DtoJson.Meeting);

    /// <summary>Ours: write the meeting.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark, BenchmarkCategory("write")]
    public byte[] WriteMeeting() => MeetingJson.SerializeToUtf8Bytes(meeting);

    /// <summary>Baseline: read into DTOs.</summary>
    /// <returns>The DTO.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("read")]
    public MeetingDto ReadDto() => JsonSerializer.Deserialize(json, DtoJson.Meeting)!;

    /// <summary>Ours: read the meeting (strict, with value parsing).</summary>
    /// <returns>The meeting.</returns>
    [Benchmark, BenchmarkCategory("read")]
    public Meeting ReadMeeting() => MeetingJson.Deserialize(json);
}
