using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Samples.Arguments;

namespace Kommune.Protocols.Samples;

/// <summary><c>render FILE.json --edition public|internal [--lang en] --out FILE</c>: the meeting as a DOCX.</summary>
internal sealed class RenderCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "render",
        ["FILE.json"],
        [new("--edition", "EDITION", ["public", "internal"], Required: true), SharedOptions.Language, new("--out", "FILE", Required: true)],
        "write the meeting as DOCX");

    public int Run(ParsedArguments args, CliContext context)
    {
        var source = args.Positionals[0];
        var edition = args.Value("--edition") == "public" ? MeetingEdition.Public : MeetingEdition.Internal;
        var target = args.Value("--out")!;
        var meeting = Cli.ReadMeeting(source, context);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        byte[] bytes;
        try
        {
            bytes = DocxWriter.Shared.WriteToBytes(meeting, new DocxOptions { Edition = edition, Language = Cli.LanguageOf(args) });
        }
        catch (Exception e) when (e is Paper.PaperTextException or MeetingLimitExceededException)
        {
            context.Complain($"{source}: {e.Message}");
            return Cli.Errors;
        }

        context.WriteFile(target, bytes);
        context.Say($"wrote {target} ({bytes.Length} bytes, {edition.ToString().ToLowerInvariant()} edition)");
        return Cli.Ok;
    }
}
