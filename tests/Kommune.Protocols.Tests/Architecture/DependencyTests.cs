using System.Text.RegularExpressions;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Architecture;

/// <summary>
/// The library's parts depend on each other only along the design's arrows:
/// Validation -> Scheduling -> Model, Editions -> Model, Paper -> Editions/Wording/Scheduling,
/// Docx/Html/Pdf -> Paper, Json -> Editions. Every part may use the model (it is what they are
/// about) and nothing else unless listed. The shared limits (the root's MeetingLimits) are the
/// JSON format's contract, so they and the JSON code use each other; validation uses their
/// constants. Writers may read the language's tag (it is part of the options they are given). Read from the source: a folder is a part, and a part
/// uses another when a file names one of its namespaces or (for Wording, whose types live in
/// the root namespace) one of its types.
/// </summary>
public partial class DependencyTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Wording"] = [],
        ["Scheduling"] = ["Model"],
        ["Editions"] = ["Model"],
        ["Validation"] = ["Model", "Scheduling", "Wording", "Limits"],
        ["Formatting"] = ["Wording"],
        ["Paper"] = ["Model", "Editions", "Wording", "Scheduling"],
        ["Docx"] = ["Model", "Paper", "Wording"],
        ["Html"] = ["Model", "Paper", "Wording"],
        ["Pdf"] = ["Model", "Paper", "Wording"],
        ["Json"] = ["Model", "Editions", "Limits"],
        ["Limits"] = ["Model", "Json"],
        ["Import"] = ["Model", "Formatting", "Wording"],
        ["Settings"] = ["Paper", "Editions", "Wording"],
    };

    [Fact]
    public void Parts_depend_only_along_the_designs_arrows()
    {
        var wordingTypes = TypesIn("Wording");
        var violations = new List<string>();
        foreach (var (part, file) in SourceFiles())
        {
            var text = StripComments(File.ReadAllText(file));
            foreach (var used in Uses(text, wordingTypes).Where(u => u != part))
            {
                if (!Allowed.TryGetValue(part, out var allowed) || !allowed.Contains(used))
                {
                    violations.Add($"{part} -> {used} in {Path.GetRelativePath(RepoPaths.Root(), file)}");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_the_arrows_that_exist()
    {
        // Guards the guard: the known arrows must be found, or the reading of the source is broken.
        var wordingTypes = TypesIn("Wording");
        var found = SourceFiles().SelectMany(f => Uses(StripComments(File.ReadAllText(f.File)), wordingTypes).Select(u => $"{f.Part}->{u}")).ToHashSet();

        Assert.Contains("Docx->Paper", found);
        Assert.Contains("Paper->Editions", found);
        Assert.Contains("Paper->Wording", found);
        Assert.Contains("Validation->Scheduling", found);
        Assert.Contains("Scheduling->Model", found);
    }

    private static IEnumerable<(string Part, string File)> SourceFiles()
    {
        var source = Path.Combine(RepoPaths.Root(), "src", "Kommune.Protocols");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var folder = relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal)] : "Limits";
            yield return (folder, file);
        }
    }

    private static HashSet<string> TypesIn(string folder)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root(), "src", "Kommune.Protocols", folder), "*.cs"))
        {
            foreach (Match match in TypeDeclaration().Matches(File.ReadAllText(file)))
            {
                names.Add(match.Groups[1].Value);
            }
        }

        return names;
    }

    private static IEnumerable<string> Uses(string text, HashSet<string> wordingTypes)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in NamespaceUse().Matches(text))
        {
            used.Add(match.Groups[1].Value);
        }

        foreach (Match match in Identifier().Matches(text))
        {
            if (wordingTypes.Contains(match.Value))
            {
                used.Add("Wording");
            }
        }

        return used;
    }

    private static string StripComments(string text) => Comment().Replace(text, string.Empty);

    [GeneratedRegex(@"Kommune\.Protocols\.(Model|Scheduling|Validation|Editions|Paper|Docx|Html|Pdf|Json|Formatting|Import|Settings)\b")]
    private static partial Regex NamespaceUse();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?:class|record|struct|enum|interface)\s+([A-Z][A-Za-z0-9]*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
