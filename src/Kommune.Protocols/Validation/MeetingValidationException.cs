namespace Kommune.Protocols.Validation;

/// <summary>Thrown by <see cref="MeetingValidator.EnsureValid"/> when a meeting has errors; holds the whole report.</summary>
public sealed class MeetingValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="report">The report with at least one error.</param>
    public MeetingValidationException(ValidationReport report)
        : base(Compose(report)) => Report = report;

    /// <summary>The whole report, warnings included.</summary>
    public ValidationReport Report { get; }

    private static string Compose(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Errors.ToList();
        return $"The meeting has {errors.Count} validation error(s):\n{string.Join("\n", errors)}";
    }
}
