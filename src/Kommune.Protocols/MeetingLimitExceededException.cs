namespace Kommune.Protocols;

/// <summary>
/// Thrown by a writer, before it writes anything, for a meeting beyond the
/// <see cref="MeetingLimits"/>: one whose output could not be read back.
/// </summary>
public sealed class MeetingLimitExceededException : Exception
{
    /// <summary>Creates the exception with a general message.</summary>
    public MeetingLimitExceededException()
        : base("The meeting exceeds the limits of the format (see MeetingLimits).")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is over the limit.</param>
    public MeetingLimitExceededException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an underlying error.</summary>
    /// <param name="message">What is over the limit.</param>
    /// <param name="innerException">The underlying error.</param>
    public MeetingLimitExceededException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a violation found by <see cref="MeetingLimits.Check(Model.Meeting)"/>.</summary>
    /// <param name="violation">The violation.</param>
    public MeetingLimitExceededException(MeetingLimitViolation violation)
        : base(Describe(violation))
    {
        Path = violation.Path;
    }

    /// <summary>Where the meeting exceeds the limit (<c>items[3].sections[0]</c>; empty for the meeting as a whole), when known.</summary>
    public string? Path { get; }

    private static string Describe(MeetingLimitViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return $"The meeting exceeds the limits of the format{(violation.Path.Length == 0 ? string.Empty : " at " + violation.Path)}: {violation.Message}";
    }
}
