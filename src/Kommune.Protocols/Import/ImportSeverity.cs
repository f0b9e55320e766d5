namespace Kommune.Protocols.Import;

/// <summary>How much an import report entry matters.</summary>
public enum ImportSeverity
{
    /// <summary>A value was guessed, dropped or unreadable in a way a person should check before publishing.</summary>
    Warning,

    /// <summary>Something the source holds was not carried over, or was carried over in another shape; nothing is wrong with the meeting.</summary>
    Info,
}
