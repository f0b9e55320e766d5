using System.Text.RegularExpressions;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Validation;

public partial class RuleCatalogueTests
{
    [Fact]
    public void Every_rule_is_documented_and_every_documented_code_exists()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root(), "docs", "validation-rules.md"));
        var documented = TableCode().Matches(doc).Select(m => m.Groups[1].Value).ToList();
        var rules = MeetingValidator.BuiltInRules.ToDictionary(r => r.Code);

        Assert.Equal(rules.Keys.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        foreach (Match row in TableRow().Matches(doc))
        {
            var severity = row.Groups[2].Value;
            Assert.StartsWith(rules[row.Groups[1].Value].DefaultSeverity == Severity.Error ? "error" : "warning", severity, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = MeetingValidator.BuiltInRules.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^KP[1-5][0-9]{2}$", c));
        Assert.All(MeetingValidator.BuiltInRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [GeneratedRegex(@"^\| (KP\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();

    [GeneratedRegex(@"^\| (KP\d{3}) \| ([a-z]+)", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
