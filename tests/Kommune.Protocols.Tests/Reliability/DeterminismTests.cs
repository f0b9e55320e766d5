using System.Diagnostics;
using System.Security.Cryptography;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Samples;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// The same input gives the same bytes everywhere. The SHA-256 of every seed output is pinned
/// in a snapshot, so the CI pass with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> (and any
/// other machine) must reproduce exactly the bytes this machine wrote; and the sample, run as
/// a separate process under other time zones and cultures, writes the same files as in-process.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly string[] SeedFiles =
        ["direktionen-2025-03-05.json", "direktionen-2025-03-05.public.json", "direktionen-2025-03-05.docx", "direktionen-2025-03-05.public.docx"];

    private readonly string folder = Directory.CreateTempSubdirectory("kommune-determinism-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Seed_output_hashes()
    {
        var seed = SeedMeeting.Build();
        var generated = MeetingGenerator.Generate(60, seed: 9);
        var outputs = new (string Name, byte[] Bytes)[]
        {
            ("seed.json", MeetingJson.SerializeToUtf8Bytes(seed)),
            ("seed.public.json", MeetingJson.SerializeToUtf8Bytes(seed, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public })),
            ("seed.docx", DocxWriter.WriteToBytes(seed)),
            ("seed.public.docx", DocxWriter.WriteToBytes(seed, new DocxOptions { Edition = MeetingEdition.Public })),
            ("seed.en.docx", DocxWriter.WriteToBytes(seed, new DocxOptions { Language = Language.English })),
            ("generated-60.json", MeetingJson.SerializeToUtf8Bytes(generated)),
            ("generated-60.docx", DocxWriter.WriteToBytes(generated)),
            ("generated-60.public.docx", DocxWriter.WriteToBytes(generated, new DocxOptions { Edition = MeetingEdition.Public })),
        };

        Snapshot.Match(string.Join('\n', outputs.Select(o => $"{Convert.ToHexStringLower(SHA256.HashData(o.Bytes))}  {o.Name} ({o.Bytes.Length} bytes)")) + "\n");
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", "tr_TR.UTF-8", false)]
    [InlineData("America/St_Johns", "ar_SA.UTF-8", false)]
    [InlineData("Asia/Kathmandu", "da_DK.UTF-8", false)]
    [InlineData("America/Los_Angeles", "en_US.UTF-8", false)]
    [InlineData("UTC", "C", true)]
    public async Task The_sample_writes_the_same_bytes_in_any_time_zone_and_culture(string timeZone, string locale, bool invariant)
    {
        var here = Path.Combine(folder, "here");
        Assert.Equal(Cli.Ok, Cli.Run([here], new StringWriter(), new StringWriter()));
        var there = Path.Combine(folder, "there");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kommune.Protocols.Samples.dll"));
        start.ArgumentList.Add(there);
        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the sample did not finish");
        Assert.True(process.ExitCode == 0, $"the sample failed: {stdout}\n{await stderr}");

        foreach (var file in SeedFiles)
        {
            var expected = File.ReadAllBytes(Path.Combine(here, file));
            var actual = File.ReadAllBytes(Path.Combine(there, file));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs under TZ={timeZone}, LANG={locale}, invariant={invariant}");
        }
    }
}
