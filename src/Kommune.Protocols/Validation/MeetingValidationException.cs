using System.Globalization;

namespace Kommune.Protocols.Validation;

/// <summary>
/// Thrown by <see cref="MeetingValidator.EnsureValid"/> when a meeting has errors; holds the whole
/// report. The message is in the report's language, the frame included.
/// </summary>
public sealed class MeetingValidationException : Exception
{
    /// <summary>Creates the exception with a general message and an empty report.</summary>
    public MeetingValidationException()
        : this("The meeting has validation errors.")
    {
    }

    /// <summary>Creates the exception with a message of your own and an empty report.</summary>
    /// <param name="message">The message.</param>
    public MeetingValidationException(string? message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message of your own, the error behind it, and an empty report.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The error behind it.</param>
    public MeetingValidationException(string? message, Exception? innerException)
        : base(message, innerException) => Report = new ValidationReport([]);

    /// <summary>Creates the exception from a report.</summary>
    /// <param name="report">The report with at least one error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public MeetingValidationException(ValidationReport report)
        : base(Compose(report)) => Report = report;

    /// <summary>The whole report, warnings included.</summary>
    public ValidationReport Report { get; }

    private static string Compose(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Errors.ToList();
        var frame = report.Language.Format(MessageKeys.Errors, ("count", errors.Count.ToString(CultureInfo.InvariantCulture)));
        return $"{frame}\n{string.Join("\n", errors)}";
    }
}
