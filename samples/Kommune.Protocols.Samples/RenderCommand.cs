using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Samples;

/// <summary><c>render FILE.json --edition public|internal [--lang en] --out FILE.docx</c>.</summary>
internal static class RenderCommand
{
    private const string Usage = "usage: render FILE.json --edition public|internal [--lang en|da] --out FILE.docx";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var edition = Cli.Option(args, "--edition") switch
        {
            "public" => MeetingEdition.Public,
            "internal" => MeetingEdition.Internal,
            _ => (MeetingEdition?)null,
        };
        var language = Cli.LanguageOption(args);
        var target = Cli.Option(args, "--out");
        if (args.Length == 0 || args[0].StartsWith('-') || edition is null || language is null || target is null)
        {
            error.WriteLine(Usage);
            return Cli.Errors;
        }

        var meeting = Cli.ReadMeeting(args[0], error);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        byte[] bytes;
        try
        {
            bytes = DocxWriter.Shared.WriteToBytes(meeting, new DocxOptions { Edition = edition.Value, Language = language });
        }
        catch (Paper.PaperTextException e)
        {
            error.WriteLine($"{args[0]}: {e.Message}");
            return Cli.Errors;
        }

        // Written only once complete, so a failure never leaves a partial document behind.
        File.WriteAllBytes(target, bytes);
        output.WriteLine($"wrote {target} ({bytes.Length} bytes, {edition.Value.ToString().ToLowerInvariant()} edition)");
        return Cli.Ok;
    }
}
