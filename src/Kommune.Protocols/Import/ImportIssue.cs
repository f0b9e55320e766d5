using System.Globalization;

namespace Kommune.Protocols.Import;

/// <summary>
/// One entry of an import report: a value that was guessed, dropped or unreadable, with a stable
/// code (listed in <c>docs/import.md</c>), a severity, a message and where in the source it is.
/// </summary>
public sealed class ImportIssue
{
    internal ImportIssue(string code, ImportSeverity severity, string message, string path, int? line, int? column)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The stable code (<c>IMP201</c>).</summary>
    public string Code { get; }

    /// <summary>Warning or info.</summary>
    public ImportSeverity Severity { get; }

    /// <summary>What was guessed, dropped or unreadable, in English.</summary>
    public string Message { get; }

    /// <summary>The element path in the source (<c>/Publication/Agendas/Agenda/Items/Item[3]/IsPublic</c>); empty for the file as a whole.</summary>
    public string Path { get; }

    /// <summary>The 1-based line in the source, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column in that line, when known.</summary>
    public int? Column { get; }

    /// <summary>The entry as one line: <c>IMP201 warning /Dagsorden/... (line 12, column 5): message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var where = Path.Length == 0 ? "file" : Path;
        var at = Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line}{(Column is { } column ? $", column {column}" : string.Empty)})")
            : string.Empty;
        return $"{Code} {(Severity == ImportSeverity.Warning ? "warning" : "info")} {where}{at}: {Message}";
    }
}
