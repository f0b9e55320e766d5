using Kommune.Protocols.Docx;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Samples.Arguments;
using Kommune.Protocols.Settings;

namespace Kommune.Protocols.Samples;

/// <summary>
/// <c>render FILE.json --edition public|internal [--lang en] [--format docx|html|pdf] [--style STYLE.json]
/// [--policy POLICY.json] --out FILE</c>: the meeting as a DOCX (the default), an HTML page or a tagged PDF,
/// in a municipality's house style and, for the public edition, under its publication policy.
/// </summary>
internal sealed class RenderCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "render",
        ["FILE.json"],
        [
            new("--edition", "EDITION", ["public", "internal"], Required: true),
            SharedOptions.Language,
            new("--format", "FORMAT", ["docx", "html", "pdf"]),
            new("--style", "STYLE.json"),
            new("--policy", "POLICY.json"),
            new("--out", "FILE", Required: true),
        ],
        "write the meeting as DOCX (default), HTML or PDF, in a house style and publication policy read from JSON");

    public int Run(ParsedArguments args, CliContext context)
    {
        var source = args.Positionals[0];
        var edition = args.Value("--edition") == "public" ? MeetingEdition.Public : MeetingEdition.Internal;
        var format = args.Value("--format") ?? "docx";
        var target = args.Value("--out")!;
        var style = HouseStyle.Default;
        var policy = PublicationPolicy.Default;
        try
        {
            if (args.Value("--style") is { } stylePath)
            {
                style = SettingsJson.ReadHouseStyleFile(stylePath);
            }

            if (args.Value("--policy") is { } policyPath)
            {
                policy = SettingsJson.ReadPublicationPolicyFile(policyPath);
            }
        }
        catch (Exception e) when (e is SettingsJsonException or IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            context.Complain(e.Message);
            return Cli.Unreadable;
        }

        var meeting = Cli.ReadMeeting(source, context);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        byte[] bytes;
        try
        {
            var language = Cli.LanguageOf(args);
            bytes = format switch
            {
                "html" => HtmlWriter.WriteToBytes(meeting, new HtmlOptions { Edition = edition, Language = language, Style = style, Publication = policy }),
                "pdf" => PdfWriter.WriteToBytes(meeting, new PdfOptions { Edition = edition, Language = language, Style = style, Publication = policy }),
                _ => DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = edition, Language = language, Style = style, Publication = policy }),
            };
        }
        catch (Exception e) when (e is PaperTextException or MeetingLimitExceededException)
        {
            context.Complain($"{source}: {e.Message}");
            return Cli.Errors;
        }

        context.WriteFile(target, bytes);
        context.Say($"wrote {target} ({bytes.Length} bytes, {format}, {edition.ToString().ToLowerInvariant()} edition)");
        return Cli.Ok;
    }
}
