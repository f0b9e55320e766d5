using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>How <see cref="MeetingJson"/> writes.</summary>
public sealed record MeetingJsonWriteOptions
{
    /// <summary>The defaults: internal edition, indented.</summary>
    public static MeetingJsonWriteOptions Default { get; } = new();

    /// <summary>Which edition to write. The public edition goes through <c>PublicEdition.Create</c>.</summary>
    public MeetingEdition Edition { get; init; } = MeetingEdition.Internal;

    /// <summary>Indent with two spaces and <c>\n</c> line ends (the default), or write compactly.</summary>
    public bool Indented { get; init; } = true;
}
