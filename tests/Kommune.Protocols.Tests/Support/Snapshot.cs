using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Snapshot assertions named as Verify names its files, so a later switch to Verify is easy:
/// <c>Snapshots/{Class}.{Test}.verified.{ext}</c>. On a mismatch the new text is written to
/// <c>.received.{ext}</c> beside it and the test fails with a line diff. Set
/// <c>KOMMUNE_ACCEPT_SNAPSHOTS=1</c> to accept the new text instead.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string extension = "txt", [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "", string? name = null)
    {
        var className = Path.GetFileNameWithoutExtension(callerFile);
        var folder = Path.Combine(RepoPaths.TestProject(), "Snapshots");
        var stem = Path.Combine(folder, $"{className}.{name ?? test}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var normalized = Normalize(actual);

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified, Encoding.UTF8)) == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("KOMMUNE_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized, new UTF8Encoding(false));
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Encoding.UTF8)) : string.Empty;
        Assert.Fail($"Snapshot mismatch for {Path.GetFileName(verified)} (new text in {Path.GetFileName(received)}; set KOMMUNE_ACCEPT_SNAPSHOTS=1 to accept):\n{Diff(expected, normalized)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
            if (++shown == 60)
            {
                builder.AppendLine("... (more differences)");
                break;
            }
        }

        return builder.ToString();
    }
}
