using System.Globalization;

namespace Kommune.Protocols.Import;

/// <summary>
/// The one exception <see cref="MeetingImporter"/> throws for input it cannot import at all: not
/// XML, not one of the formats (or not the one asked for), a DTD, or beyond the caps in
/// <see cref="ImportOptions"/>. Everything less is an entry in the <see cref="ImportReport"/>.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception with a general reason.</summary>
    public ImportException()
        : this("the input is not a meeting export this library reads.")
    {
    }

    /// <summary>Creates the exception with a reason and no location.</summary>
    /// <param name="reason">What is wrong.</param>
    public ImportException(string reason)
        : this(reason, path: null)
    {
    }

    /// <summary>Creates the exception with a reason, no location, and the error behind it.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The error behind it.</param>
    public ImportException(string reason, Exception? innerException)
        : this(reason, path: null, innerException: innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="path">The element path, when known.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column, when known.</param>
    /// <param name="innerException">The underlying error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public ImportException(string reason, string? path, int? line = null, int? column = null, Exception? innerException = null)
        : base(Compose(reason ?? throw new ArgumentNullException(nameof(reason)), path, line, column), innerException)
    {
        Reason = reason;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The element path where the problem is, when known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }

    private static string Compose(string reason, string? path, int? line, int? column)
    {
        var where = (path, line) switch
        {
            (not null, not null) => string.Create(CultureInfo.InvariantCulture, $" at {path} (line {line}, column {column})"),
            (not null, null) => $" at {path}",
            (null, not null) => string.Create(CultureInfo.InvariantCulture, $" at line {line}, column {column}"),
            _ => string.Empty,
        };
        return $"Cannot import{where}: {reason}";
    }
}
