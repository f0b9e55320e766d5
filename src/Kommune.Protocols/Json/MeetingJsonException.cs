namespace Kommune.Protocols.Json;

/// <summary>
/// The one exception <see cref="MeetingJson"/> throws for input it cannot read: it says where
/// (JSON path, line and byte position, when known) and what was expected.
/// </summary>
public sealed class MeetingJsonException : Exception
{
    /// <summary>Creates the exception with a general message.</summary>
    public MeetingJsonException()
        : this("The meeting's JSON cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message and no location.</summary>
    /// <param name="message">What is wrong.</param>
    public MeetingJsonException(string message)
        : this(message, path: null)
    {
    }

    /// <summary>Creates the exception with a message, no location, and the error behind it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error behind it.</param>
    public MeetingJsonException(string message, Exception? innerException)
        : this(message, path: null, innerException: innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The JSON path (<c>$.items[3].caseNumber</c>), if known.</param>
    /// <param name="lineNumber">The 1-based line, if known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in the line, if known.</param>
    /// <param name="innerException">The underlying error.</param>
    public MeetingJsonException(string message, string? path, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Compose(message ?? throw new ArgumentNullException(nameof(message)), path, lineNumber, bytePositionInLine), innerException)
    {
        Reason = message;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The JSON path of the offending value (<c>$.items[3].caseNumber</c>), if known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of the offending value, if known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 0-based byte position in that line, if known.</summary>
    public long? BytePositionInLine { get; }

    private static string Compose(string message, string? path, long? line, long? position)
    {
        var where = (path, line) switch
        {
            (not null, not null) => $" at {path} (line {line}, byte {position})",
            (not null, null) => $" at {path}",
            (null, not null) => $" at line {line}, byte {position}",
            _ => string.Empty,
        };
        return $"Invalid meeting JSON{where}: {message}";
    }
}
