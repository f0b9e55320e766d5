using System.Text.RegularExpressions;
using Kommune.Protocols.Import;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Import;

/// <summary>docs/import.md lists exactly the report codes the import uses, with their severities.</summary>
public partial class ImportDocsTests
{
    [Fact]
    public void The_docs_list_every_report_code_with_its_severity()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root(), "docs", "import.md"));

        var listed = CodeRow().Matches(doc).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();

        Assert.Equal(ImportCodes.All.Select(c => $"{c.Code} {c.Severity.ToString().ToLowerInvariant()}"), listed);
    }

    [Fact]
    public void Codes_are_unique_and_every_one_is_used_by_the_source()
    {
        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root(), "src", "Kommune.Protocols", "Import"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("ImportCodes.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var fields = typeof(ImportCodes).GetFields().Where(f => f.FieldType == typeof(ImportCode)).Select(f => f.Name).ToList();

        Assert.Equal(ImportCodes.All.Count, ImportCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(fields.Count, ImportCodes.All.Count);
        Assert.All(fields, name => Assert.Contains($"ImportCodes.{name}", source, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| (IMP\d{3}) \| (warning|info) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();
}
