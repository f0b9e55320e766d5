namespace Kommune.Protocols.Settings;

/// <summary>A house-style or publication-policy file is not valid: the message says where (path and line) and what.</summary>
public sealed class SettingsJsonException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public SettingsJsonException()
        : this("The settings file is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SettingsJsonException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SettingsJsonException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a place in the file.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="path">Where (<c>$.labels.itemHeading</c>).</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="innerException">The cause.</param>
    public SettingsJsonException(string reason, string path, long? lineNumber, Exception? innerException)
        : base($"Invalid settings JSON at {path ?? throw new ArgumentNullException(nameof(path))}{(lineNumber is { } line ? $" (line {line})" : string.Empty)}: {reason ?? throw new ArgumentNullException(nameof(reason))}", innerException)
    {
        Path = path;
        LineNumber = lineNumber;
    }

    /// <summary>Where in the file (<c>$.labels.itemHeading</c>), when known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line, when known.</summary>
    public long? LineNumber { get; }
}
