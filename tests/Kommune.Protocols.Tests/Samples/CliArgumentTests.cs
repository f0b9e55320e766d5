using Kommune.Protocols.Samples;
using Kommune.Protocols.Samples.Arguments;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Samples;

/// <summary>Wrong arguments exit 2 with one clear line on standard error; the parser reads any declared command.</summary>
public class CliArgumentTests
{
    private static string Seed => Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json");

    public static TheoryData<string, string[]> WrongCommandLines() => new()
    {
        { "a value that is an option", ["render", Seed, "--out", "--edition", "public"] },
        { "an option without its value at the end", ["render", Seed, "--edition", "public", "--out"] },
        { "--lang without a value", ["validate", Seed, "--lang"] },
        { "--lang followed by an option", ["schedule", Seed, "--lang", "--iso"] },
        { "an unknown language", ["validate", Seed, "--lang", "fr"] },
        { "an unknown option", ["validate", Seed, "--verbose"] },
        { "an unknown option on schedule", ["schedule", Seed, "--json"] },
        { "a single-dash option", ["render", Seed, "-o", "x.docx", "--edition", "public"] },
        { "a repeated option", ["render", Seed, "--edition", "public", "--edition", "internal", "--out", "x.docx"] },
        { "a repeated flag", ["schedule", Seed, "--iso", "--iso"] },
        { "a repeated language", ["validate", Seed, "--lang", "en", "--lang", "da"] },
        { "an unknown edition", ["render", Seed, "--edition", "secret", "--out", "x.docx"] },
        { "a missing edition", ["render", Seed, "--out", "x.docx"] },
        { "a missing output", ["render", Seed, "--edition", "public"] },
        { "a missing file", ["validate"] },
        { "a missing file before options", ["render", "--edition", "public", "--out", "x.docx"] },
        { "two files", ["validate", Seed, Seed] },
        { "an unknown command", ["publish", Seed] },
        { "an unknown option alone", ["--frobnicate"] },
        { "an option after the folder", ["out", "--verbose"] },
        { "two folders", ["out", "more"] },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public void Wrong_arguments_exit_2_with_one_line(string what, string[] args)
    {
        var run = CliRun.Of(args);

        run.AssertOneLineFailure();
        Assert.Empty(run.Output);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Fact]
    public void A_value_that_is_an_option_writes_no_file_named_after_it()
    {
        var run = CliRun.Of("render", Seed, "--out", "--edition", "public");

        Assert.Equal(Cli.BadArguments, run.Code);
        Assert.Contains("'--out' needs a value", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "--edition")));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "public")));
    }

    [Fact]
    public void Lang_without_a_value_is_not_Danish_by_default()
    {
        var run = CliRun.Of("validate", Seed, "--lang");

        Assert.Equal(Cli.BadArguments, run.Code);
        Assert.Contains("'--lang' needs a value", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_prints_the_usage_to_standard_output(string help)
    {
        var run = CliRun.Of(help);

        Assert.Equal(Cli.Ok, run.Code);
        Assert.Empty(run.Error);
        Assert.Contains("render FILE.json --edition public|internal [--lang en|da] [--format docx|html|pdf] [--style STYLE.json] [--policy POLICY.json] --out FILE", run.Output, StringComparison.Ordinal);
        Assert.Contains("validate FILE.json [--lang en|da]", run.Output, StringComparison.Ordinal);
        Assert.Contains("schedule FILE.json [--lang en|da] [--iso]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_on_a_command_prints_its_usage()
    {
        var run = CliRun.Of("render", "--help");

        Assert.Equal(Cli.Ok, run.Code);
        Assert.Equal("usage: render FILE.json --edition public|internal [--lang en|da] [--format docx|html|pdf] [--style STYLE.json] [--policy POLICY.json] --out FILE\n", run.Output);
    }

    [Fact]
    public void A_double_dash_ends_the_options_for_a_file_named_like_one()
    {
        var run = CliRun.Of("validate", "--", "--lang");

        Assert.Equal(Cli.Unreadable, run.Code);
        Assert.Contains("--lang", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_may_come_in_any_order()
    {
        var folder = Directory.CreateTempSubdirectory("kommune-cli-").FullName;
        try
        {
            var target = Path.Combine(folder, "x.docx");

            var run = CliRun.Of("render", "--out", target, "--lang", "en", Seed, "--edition", "internal");

            Assert.Equal(Cli.Ok, run.Code);
            Assert.True(File.Exists(target));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void New_options_and_commands_are_declared_not_parsed_by_hand()
    {
        // What the lead will add: render --format and --style, and an import command.
        var render = new CommandSpec(
            "render",
            ["FILE.json"],
            [new("--edition", "EDITION", ["public", "internal"], Required: true), SharedOptions.Language, new("--out", "FILE", Required: true), new("--format", "FORMAT", ["docx", "html", "pdf"]), new("--style", "STYLE.json")],
            "write the meeting");
        var import = new CommandSpec("import", ["FILE.xml"], [new("--format", "NAME"), new("--out", "FILE.json", Required: true)], "convert a meeting");

        var parsed = ArgumentParser.Parse(render, ["m.json", "--format", "pdf", "--style", "s.json", "--edition", "public", "--out", "m.pdf"]);
        var imported = ArgumentParser.Parse(import, ["m.xml", "--out", "m.json", "--format", "firstagenda"]);

        Assert.Equal("pdf", parsed.Value("--format"));
        Assert.Equal("s.json", parsed.Value("--style"));
        Assert.Equal("m.xml", imported.Positionals[0]);
        Assert.Equal("firstagenda", imported.Value("--format"));
        Assert.Equal("import FILE.xml [--format NAME] --out FILE.json", import.Usage);
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(render, ["m.json", "--format", "odt", "--edition", "public", "--out", "m.odt"]));
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(import, ["m.xml"]));
    }
}
