using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Samples;

/// <summary>Builds the seed meeting and writes what the library produces from it.</summary>
internal static class WriteSeedCommand
{
    public const string BaseName = "direktionen-2025-03-05";

    public static int Run(string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var meeting = SeedMeeting.Build();
        Write(folder, $"{BaseName}.json", MeetingJson.SerializeToUtf8Bytes(meeting), output);
        Write(folder, $"{BaseName}.public.json", MeetingJson.SerializeToUtf8Bytes(meeting, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public }), output);
        Write(folder, $"{BaseName}.docx", DocxWriter.Shared.WriteToBytes(meeting), output);
        Write(folder, $"{BaseName}.public.docx", DocxWriter.Shared.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public }), output);
        return Cli.Ok;
    }

    private static void Write(string folder, string name, byte[] bytes, TextWriter output)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        output.WriteLine($"wrote {path} ({bytes.Length} bytes)");
    }
}
