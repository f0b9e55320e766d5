namespace Kommune.Protocols.Tests.Support;

/// <summary>Where the shared seed text is, for tests that compare against it.</summary>
public static class RepoPaths
{
    public static string Root([System.Runtime.CompilerServices.CallerFilePath] string callerFile = "")
    {
        var dir = Path.GetDirectoryName(callerFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kommune.Protocols.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }
}
