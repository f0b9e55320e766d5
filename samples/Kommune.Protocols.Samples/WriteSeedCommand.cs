using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Samples.Arguments;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Samples;

/// <summary>Builds the seed meeting and writes what the library produces from it to <c>./out</c> or FOLDER.</summary>
internal sealed class WriteSeedCommand : ICommand
{
    public const string BaseName = "direktionen-2025-03-05";

    public CommandSpec Spec { get; } = new(string.Empty, ["FOLDER"], [], "build the seed meeting and write its JSON and DOCX (internal and public) to ./out or FOLDER", OptionalPositionals: 1);

    public int Run(ParsedArguments args, CliContext context)
    {
        var folder = args.Positionals.Count > 0 ? args.Positionals[0] : "out";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException($"cannot create the folder '{folder}': {e.Message.TrimEnd('.')}.");
        }

        var meeting = SeedMeeting.Build();
        Write(context, folder, $"{BaseName}.json", MeetingJson.SerializeToUtf8Bytes(meeting));
        Write(context, folder, $"{BaseName}.public.json", MeetingJson.SerializeToUtf8Bytes(meeting, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public }));
        Write(context, folder, $"{BaseName}.docx", DocxWriter.WriteToBytes(meeting, new DocxOptions { Style = SeedMeeting.Style }));
        Write(context, folder, $"{BaseName}.public.docx", DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public, Style = SeedMeeting.Style }));
        return Cli.Ok;
    }

    private static void Write(CliContext context, string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        context.WriteFile(path, bytes);
        context.Say($"wrote {path} ({bytes.Length} bytes)");
    }
}
