using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>Everything an import guessed, dropped or could not read, in the order the import met it (the file, the meeting, then item by item).</summary>
public sealed class ImportReport
{
    internal ImportReport(IEnumerable<ImportIssue> issues) => Issues = ValueList.From(issues);

    /// <summary>All entries.</summary>
    public ValueList<ImportIssue> Issues { get; }

    /// <summary>The warnings: values a person should check before publishing.</summary>
    public IEnumerable<ImportIssue> Warnings => Issues.Where(i => i.Severity == ImportSeverity.Warning);

    /// <summary>Whether any entry is a warning.</summary>
    public bool HasWarnings => Issues.Any(i => i.Severity == ImportSeverity.Warning);

    /// <summary>One entry per line.</summary>
    /// <returns>The report text (empty when the import was clean).</returns>
    public override string ToString() => string.Join("\n", Issues.Select(i => i.ToString()));
}
