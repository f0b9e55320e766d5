using System.Text.RegularExpressions;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>What a section heading says: a well-known kind, the recommendation, or a decision (<c>Beslutning i Økonomiudvalget den 13-06-2013</c>).</summary>
internal static partial class Headings
{
    /// <summary>The well-known kind a heading names (the heading itself is kept as written), or <see cref="SectionKind.Custom"/>.</summary>
    public static SectionKind Kind(string heading) => Normal(heading) switch
    {
        "resumé" or "resume" => SectionKind.Summary,
        "sagens kerne" => SectionKind.CaseCore,
        "baggrund" => SectionKind.Background,
        "sagsfremstilling" => SectionKind.CaseDescription,
        "økonomiske konsekvenser" or "økonomi" or "økonomiske og personalemæssige konsekvenser" => SectionKind.FinancialConsequences,
        "konsekvenser" => SectionKind.Consequences,
        "risikovurdering" => SectionKind.RiskAssessment,
        "personale" or "personalemæssige konsekvenser" => SectionKind.Personnel,
        _ => SectionKind.Custom,
    };

    /// <summary>Whether the heading is the recommendation's (<c>Indstilling</c>, <c>Forvaltningens indstilling</c>, <c>Direktionen indstiller</c>).</summary>
    public static bool IsRecommendation(string heading)
    {
        var normal = Normal(heading);
        return normal == "indstilling" || normal.EndsWith(" indstilling", StringComparison.Ordinal) || normal.EndsWith(" indstiller", StringComparison.Ordinal);
    }

    /// <summary>Whether the heading is a decision's (<c>Beslutning</c>, <c>ØKONOMIUDVALGETS BESLUTNING</c>, <c>Beslutning i ... den ...</c>).</summary>
    public static bool IsDecision(string heading)
    {
        var normal = Normal(heading);
        return normal.StartsWith("beslutning", StringComparison.Ordinal) || normal.EndsWith("beslutning", StringComparison.Ordinal);
    }

    /// <summary>The body and date text of <c>Beslutning i {body} den {date}</c>, when the heading has that form.</summary>
    public static (string Body, string Date)? DecisionOf(string heading)
    {
        // Headings are short; a long text is no heading, and the pattern need not scan it.
        if (heading.Length > 300)
        {
            return null;
        }

        var m = DecisionHeading().Match(PersonNames.Collapse(heading));
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : null;
    }

    private static string Normal(string heading) => PersonNames.Collapse(heading).TrimEnd(':', '.', ' ').ToLowerInvariant();

    [GeneratedRegex(@"^beslutning i (.+?) den (.+?)[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionHeading();
}
