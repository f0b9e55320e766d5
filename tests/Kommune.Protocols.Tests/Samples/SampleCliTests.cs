using Kommune.Protocols.Samples;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Samples;

/// <summary>The sample's command line is a contract: these pin it.</summary>
public sealed class SampleCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kommune-sample-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Default_run_writes_the_seed_json_that_is_committed()
    {
        var output = new StringWriter();

        var code = Cli.Run([folder], output, new StringWriter());

        Assert.Equal(Cli.Ok, code);
        var written = File.ReadAllBytes(Path.Combine(folder, "direktionen-2025-03-05.json"));
        var committed = File.ReadAllBytes(Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json"));
        Assert.True(committed.AsSpan().SequenceEqual(written), "samples/data/direktionen-2025-03-05.json differs from what the sample writes: run the sample and copy out/direktionen-2025-03-05.json there.");
        Assert.True(File.Exists(Path.Combine(folder, "direktionen-2025-03-05.public.json")));
        Assert.Contains("direktionen-2025-03-05.json", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_arguments_print_usage_and_fail()
    {
        var error = new StringWriter();

        Assert.Equal(Cli.Errors, Cli.Run(["--frobnicate"], new StringWriter(), error));
        Assert.Contains("validate FILE.json", error.ToString(), StringComparison.Ordinal);
    }
}
