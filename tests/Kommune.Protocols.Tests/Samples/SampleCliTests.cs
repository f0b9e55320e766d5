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
        Assert.True(new FileInfo(Path.Combine(folder, "direktionen-2025-03-05.docx")).Length > 1000);
        Assert.True(new FileInfo(Path.Combine(folder, "direktionen-2025-03-05.public.docx")).Length > 1000);
        Assert.Contains("direktionen-2025-03-05.json", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public", null)]
    [InlineData("internal", "en")]
    public void Render_writes_the_edition_asked_for(string edition, string? language)
    {
        var target = Path.Combine(folder, "out.docx");
        string[] args = language is null
            ? ["render", SeedJson, "--edition", edition, "--out", target]
            : ["render", SeedJson, "--edition", edition, "--lang", language, "--out", target];

        Assert.Equal(Cli.Ok, Cli.Run(args, new StringWriter(), new StringWriter()));

        var text = Kommune.Protocols.Docx.DocxTextProjection.Project(File.ReadAllBytes(target));
        Assert.Contains("Foreløbigt regnskab 2024", text, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "Closed" : "Lukket sag", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "x.json", "--edition", "secret", "--out", "x.docx")]
    [InlineData("render", "x.json", "--edition", "public")]
    [InlineData("render", "x.json", "--edition", "public", "--lang", "fr", "--out", "x.docx")]
    public void Render_with_wrong_arguments_prints_usage(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(Cli.Errors, Cli.Run(args, new StringWriter(), error));
        Assert.Contains("usage: render", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_of_an_unreadable_file_exits_2_and_writes_nothing()
    {
        var bad = Path.Combine(folder, "bad.json");
        File.WriteAllText(bad, "{\"schemaVersion\": 1,");
        var target = Path.Combine(folder, "never.docx");
        var error = new StringWriter();

        Assert.Equal(Cli.Unreadable, Cli.Run(["render", bad, "--edition", "public", "--out", target], new StringWriter(), error));
        Assert.False(File.Exists(target));
        Assert.Contains("Invalid meeting JSON", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Cli.Unreadable, Cli.Run(["render", Path.Combine(folder, "missing.json"), "--edition", "public", "--out", target], new StringWriter(), new StringWriter()));
    }

    private static string SeedJson => Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json");

    [Fact]
    public void Unknown_arguments_print_usage_and_fail()
    {
        var error = new StringWriter();

        Assert.Equal(Cli.Errors, Cli.Run(["--frobnicate"], new StringWriter(), error));
        Assert.Contains("validate FILE.json", error.ToString(), StringComparison.Ordinal);
    }
}
