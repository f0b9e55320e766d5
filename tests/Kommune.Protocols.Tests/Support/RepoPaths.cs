namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Where the repository is, found from the test binaries' folder. (Caller file paths cannot be
/// used: a CI build maps them to <c>/_/</c> for deterministic output.)
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kommune.Protocols.sln")))
        {
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        }

        return dir ?? throw new InvalidOperationException($"No Kommune.Protocols.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root() => RootFolder.Value;

    public static string TestProject() => Path.Combine(Root(), "tests", "Kommune.Protocols.Tests");
}
