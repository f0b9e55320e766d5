using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation;

/// <summary>Every issue found in a meeting, in the order of the rule catalogue and, within a rule, of the model.</summary>
public sealed class ValidationReport
{
    internal ValidationReport(IEnumerable<ValidationIssue> issues, Language? language = null)
    {
        Issues = ValueList.From(issues);
        Language = language ?? Language.Danish;
    }

    /// <summary>The language the messages are in (the validation options' language).</summary>
    public Language Language { get; }

    /// <summary>All issues.</summary>
    public ValueList<ValidationIssue> Issues { get; }

    /// <summary>The errors.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == Severity.Error);

    /// <summary>The warnings.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == Severity.Warning);

    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);

    /// <summary>One issue per line.</summary>
    /// <returns>The report text (empty when there are no issues).</returns>
    public override string ToString() => string.Join("\n", Issues.Select(i => i.ToString()));
}
