using Kommune.Protocols.Json;
using Kommune.Protocols.Samples;
using Kommune.Protocols.Tests.Samples;

namespace Kommune.Protocols.Tests.Import;

/// <summary>The sample's <c>import</c> command: the report on standard output, the meeting as JSON, and exit 0 / 1 / 2.</summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kommune-import-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_clean_export_exits_0_and_writes_the_meeting_that_validate_and_render_read()
    {
        var json = Path.Combine(folder, "meeting.json");

        var run = CliRun.Of("import", ImportFixtures.PathOf("sbsys-dagsorden-agenda.xml"), "--municipality", "Syddjurs Kommune", "--out", json);

        Assert.True(run.Code == Cli.Ok, run.Output + run.Error);
        Assert.Equal(ImportFixtures.Import("sbsys-dagsorden-agenda.xml").Meeting, MeetingJson.Deserialize(File.ReadAllBytes(json)));
        Assert.EndsWith($"imported sbsys-dagsorden: 3 item(s), 0 warning(s), 1 note(s); wrote {json}\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(Cli.Ok, CliRun.Of("validate", json).Code);
        Assert.Equal(Cli.Ok, CliRun.Of("render", json, "--edition", "public", "--out", Path.Combine(folder, "public.docx")).Code);
    }

    [Fact]
    public void Warnings_exit_1_with_one_report_entry_per_line_and_control_characters_escaped()
    {
        var json = Path.Combine(folder, "meeting.json");

        var run = CliRun.Of("import", ImportFixtures.PathOf("sbsys-publication-broken.xml"), "--format", "sbsys-publication", "--out", json);

        Assert.Equal(Cli.Errors, run.Code);
        var expected = ImportFixtures.Import("sbsys-publication-broken.xml").Report.Issues.Count + 1;
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Without --municipality the report has one entry more (IMP004).
        Assert.Equal(expected + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("IMP004 warning file:", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain(l, c => char.IsControl(c)));
        Assert.True(File.Exists(json));
    }

    [Fact]
    public void Bidirectional_controls_from_the_source_are_escaped()
    {
        var export = Path.Combine(folder, "dagsorden.xml");
        File.WriteAllText(export, "<Dagsorden Dagsordentype=\"Dagsorden\"><Møde Udvalg=\"Byrådet\" Mødedato=\"1. marts 2025\" Mødetid=\"kl. \u202e00.61\"/></Dagsorden>");

        var run = CliRun.Of("import", export, "--municipality", "Vejle Kommune", "--out", Path.Combine(folder, "m.json"));

        Assert.Equal(Cli.Errors, run.Code);
        Assert.Contains("\\u202E00.61", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_that_is_no_export_exits_2_with_one_line_and_writes_nothing()
    {
        var json = Path.Combine(folder, "meeting.json");
        var input = Path.Combine(folder, "other.xml");
        File.WriteAllText(input, "<catalog><book/></catalog>");

        var run = CliRun.Of("import", input, "--out", json);

        run.AssertOneLineFailure();
        Assert.False(File.Exists(json));
    }

    [Fact]
    public void The_wrong_format_asked_for_exits_2()
    {
        var run = CliRun.Of("import", ImportFixtures.PathOf("edoc-agenda.xml"), "--format", "acadre", "--out", Path.Combine(folder, "m.json"));

        run.AssertOneLineFailure();
        Assert.Contains("root element", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "x.xml")]
    [InlineData("import", "x.xml", "--format", "sbsys", "--out", "m.json")]
    [InlineData("import", "x.xml", "--out", "m.json", "--edition", "public")]
    public void Wrong_arguments_exit_2_with_the_usage(params string[] args)
    {
        var run = CliRun.Of(args);

        run.AssertOneLineFailure();
        Assert.Contains("Usage: import", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        CliRun.Of("import", Path.Combine(folder, "none.xml"), "--out", Path.Combine(folder, "m.json")).AssertOneLineFailure();
    }

    [Fact]
    public void An_unwritable_output_exits_2_and_leaves_nothing()
    {
        var target = Path.Combine(folder, "missing-folder", "m.json");

        var run = CliRun.Of("import", ImportFixtures.PathOf("acadre-agenda.xml"), "--municipality", "Vejle Kommune", "--out", target);

        Assert.Equal(Cli.CannotWrite, run.Code);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_full_disk_leaves_an_existing_output_as_it_was()
    {
        var target = Path.Combine(folder, "m.json");
        File.WriteAllText(target, "old");

        var run = CliRun.With((path, mode) => new FullDiskStream(OutputFile.Open(path, mode), room: 100), "import", ImportFixtures.PathOf("acadre-agenda.xml"), "--out", target);

        Assert.Equal(Cli.CannotWrite, run.Code);
        Assert.Equal("old", File.ReadAllText(target));
    }
}
