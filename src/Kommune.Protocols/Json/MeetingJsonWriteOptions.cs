using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>How <see cref="MeetingJson"/> writes.</summary>
public sealed record MeetingJsonWriteOptions
{
    /// <summary>The defaults: internal edition, indented.</summary>
    public static MeetingJsonWriteOptions Default { get; } = new();

    /// <summary>Which edition to write: <see cref="MeetingEdition.Internal"/> (the default) writes the meeting as given; any other value writes the public edition (<see cref="Editions.PublicEdition.For"/>).</summary>
    public MeetingEdition Edition { get; init; } = MeetingEdition.Internal;

    /// <summary>What the public edition publishes beyond open content. Default: <see cref="Editions.PublicationPolicy.Default"/>.</summary>
    public Editions.PublicationPolicy Publication { get; init => field = value ?? throw new ArgumentNullException(nameof(Publication)); } = Editions.PublicationPolicy.Default;

    /// <summary>Indent with two spaces and <c>\n</c> line ends (the default), or write compactly.</summary>
    public bool Indented { get; init; } = true;
}
