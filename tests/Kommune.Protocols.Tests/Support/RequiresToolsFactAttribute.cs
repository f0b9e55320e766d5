namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// A fact that runs only when the named command-line tools are on PATH; otherwise it is skipped
/// with a message naming the missing tools and how to install them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsFactAttribute : FactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => ExternalTools.Find(t) is null).ToArray();
        if (missing.Length > 0)
        {
            Skip = $"Not on PATH: {string.Join(", ", missing)}. Install with: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils";
        }
    }
}

/// <summary>Finds and runs external tools with a timeout.</summary>
public static class ExternalTools
{
    public static string? Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static (int ExitCode, string Output) Run(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Find(tool) ?? tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
