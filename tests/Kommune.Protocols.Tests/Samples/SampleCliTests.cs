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
    public void Render_with_wrong_arguments_prints_one_line_with_its_usage(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(Cli.BadArguments, Cli.Run(args, new StringWriter(), error));
        Assert.Contains("Usage: render", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
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

    [Fact]
    public void Validate_prints_one_issue_per_line_and_exits_0_when_clean()
    {
        var output = new StringWriter();

        Assert.Equal(Cli.Ok, Cli.Run(["validate", SeedJson], output, new StringWriter()));

        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal("KP301 warning items[1].decision: Punkt 2 har ingen beslutning; angiv beslutningen eller at punktet er udsat.", lines[0]);
        Assert.Equal("0 fejl, 2 advarsler", lines[^1]);
    }

    [Fact]
    public void Validate_exits_1_on_errors_and_speaks_English_on_request()
    {
        var file = Path.Combine(folder, "broken.json");
        File.WriteAllText(file, File.ReadAllText(SeedJson).Replace("\"municipality\": \"Norddjurs Kommune\"", "\"municipality\": \"\"", StringComparison.Ordinal));
        var output = new StringWriter();

        Assert.Equal(Cli.Errors, Cli.Run(["validate", file, "--lang", "en"], output, new StringWriter()));
        Assert.Contains("KP101 error municipality: The municipality is missing.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_2_when_the_file_cannot_be_read()
    {
        var file = Path.Combine(folder, "truncated.json");
        File.WriteAllText(file, File.ReadAllText(SeedJson)[..500]);
        var error = new StringWriter();

        Assert.Equal(Cli.Unreadable, Cli.Run(["validate", file], new StringWriter(), error));
        Assert.Contains("Invalid meeting JSON", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Cli.Unreadable, Cli.Run(["validate", Path.Combine(folder, "none.json")], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void Schedule_prints_the_seed_plan()
    {
        var output = new StringWriter();

        Assert.Equal(Cli.Ok, Cli.Run(["schedule", SeedJson], output, new StringWriter()));

        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal(8, lines.Length);
        Assert.Equal("9.00-9.15  1. Beslutningsprotokoller og dagsordener", lines[0]);
        Assert.Equal("11.45  Mødet afsluttes", lines[^1]);
    }

    private static string SeedJson => Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json");

    [Fact]
    public void Unknown_arguments_fail_with_one_line()
    {
        var error = new StringWriter();

        Assert.Equal(Cli.BadArguments, Cli.Run(["--frobnicate"], new StringWriter(), error));
        Assert.Contains("unknown option '--frobnicate'", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
