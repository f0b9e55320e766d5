using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>An imported meeting, the format it was read as, and the report of what was guessed or dropped.</summary>
public sealed class ImportResult
{
    internal ImportResult(Meeting meeting, ImportFormat format, ImportReport report)
    {
        Meeting = meeting;
        Format = format;
        Report = report;
    }

    /// <summary>The meeting (the internal edition unless the source was a public export).</summary>
    public Meeting Meeting { get; }

    /// <summary>The format the source was read as.</summary>
    public ImportFormat Format { get; }

    /// <summary>What was guessed, dropped or unreadable.</summary>
    public ImportReport Report { get; }
}
