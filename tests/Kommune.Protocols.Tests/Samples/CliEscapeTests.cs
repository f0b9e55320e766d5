using System.Text;
using Kommune.Protocols.Samples;

namespace Kommune.Protocols.Tests.Samples;

/// <summary>Control and bidirectional characters from file names and JSON never reach the terminal raw.</summary>
public sealed class CliEscapeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kommune-esc-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("\u001b[2J", "\\u001B")]
    [InlineData("a\u0000b", "\\u0000")]
    [InlineData("a\u0085b", "\\u0085")]
    [InlineData("a\u009bb", "\\u009B")]
    [InlineData("evil\u202Egpj.json", "\\u202E")]
    [InlineData("x\u2066y", "\\u2066")]
    [InlineData("line\nforged", "\\u000A")]
    public void A_file_name_is_escaped_in_the_error(string name, string escaped)
    {
        var run = CliRun.Of("validate", Path.Combine(folder, name));

        run.AssertOneLineFailure();
        Assert.Contains(escaped, run.Error, StringComparison.Ordinal);
        Assert.False(HasRawControls(run.Error), run.Error);
    }

    [Fact]
    public void A_value_echoed_by_a_json_message_is_escaped()
    {
        var file = Path.Combine(folder, "m.json");
        File.WriteAllText(file, "{\"schemaVersion\": 1, \"municipality\": \"M\", \"body\": {\"name\": \"B\"}, \"date\": \"2025-03-05\", \"kind\": \"\\u001b]0;owned\\u0007\"}");

        var run = CliRun.Of("validate", file);

        run.AssertOneLineFailure();
        Assert.Contains("\\u001B]0;owned\\u0007", run.Error, StringComparison.Ordinal);
        Assert.False(HasRawControls(run.Error), run.Error);
    }

    [Fact]
    public void Text_printed_from_the_meeting_is_escaped()
    {
        var file = Path.Combine(folder, "m.json");
        File.WriteAllText(file, "{\"schemaVersion\": 1, \"municipality\": \"M\u00e6\", \"body\": {\"name\": \"B\"}, \"date\": \"2025-03-05\", \"start\": \"09:00\", \"items\": [{\"number\": \"1\", \"title\": \"Punkt \\u001b[31m\u00f8 😀\", \"plannedDuration\": \"PT15M\"}], \"timePlan\": {\"slots\": [{\"item\": \"1\"}]}}", Encoding.UTF8);

        var run = CliRun.Of("schedule", file);

        Assert.Equal(Cli.Ok, run.Code);
        Assert.Contains("Punkt \\u001B[31mø 😀", run.Output, StringComparison.Ordinal);
        Assert.False(HasRawControls(run.Output), run.Output);
    }

    [Fact]
    public void Ordinary_text_is_printed_as_it_is()
    {
        Assert.Equal("Økonomiudvalget 😀 שלום", TerminalText.Escape("Økonomiudvalget 😀 שלום"));
        Assert.Equal("a\\uD800b", TerminalText.Escape("a\ud800b"));
    }

    // Line ends separate what the CLI itself writes; any other control character is raw input.
    private static bool HasRawControls(string text) =>
        text.Any(c => (c < 0x20 && c != '\n') || c is >= '\u007F' and <= '\u009F' or '\u202E' or '\u2066');
}
