namespace Kommune.Protocols.Model;

/// <summary>An attachment (<i>bilag</i>) to an item: <c>1 Åben Baggrund for BI-Udvalg 29031/25</c>.</summary>
public sealed record Attachment
{
    /// <summary>The number within the item, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The title as printed (may end in a file extension, as in the seed).</summary>
    public required string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); }

    /// <summary>Open or closed. A closed attachment is never titled in the public edition.</summary>
    public Access Access { get; init; }

    /// <summary>The ESDH document number.</summary>
    public DocumentNumber? DocumentNumber { get; init; }

    /// <summary>The file name, when the attachment is a file.</summary>
    public string? FileName { get; init; }

    /// <summary>The media type (<c>application/pdf</c>), when the attachment is a file.</summary>
    public string? MediaType { get; init; }
}

/// <summary>A section of an item's text under a heading.</summary>
public sealed record Section
{
    /// <summary>The well-known kind; its label is the heading unless <see cref="Heading"/> is set.</summary>
    public SectionKind Kind { get; init; }

    /// <summary>The heading as the municipality writes it; required for <see cref="SectionKind.Custom"/>.</summary>
    public string? Heading { get; init; }

    /// <summary>The content.</summary>
    public ValueList<Block> Content { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;
}

/// <summary>The body that meets (<c>Direktionen</c>, <c>Økonomiudvalget</c>).</summary>
public sealed record Body
{
    /// <summary>The name as printed.</summary>
    public required string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>The short name used in case routes (<c>DIR</c>, <c>ØK</c>, <c>KB</c>).</summary>
    public string? ShortName { get; init; }
}

/// <summary>A coming meeting with its planned topics (the seed's <i>Dato | Punkter</i> table).</summary>
public sealed record UpcomingMeeting
{
    /// <summary>The date.</summary>
    public required NodaTime.LocalDate Date { get; init; }

    /// <summary>Start time, when printed (<c>kl. 8.00-16.00</c>).</summary>
    public NodaTime.LocalTime? Start { get; init; }

    /// <summary>End time, when printed.</summary>
    public NodaTime.LocalTime? End { get; init; }

    /// <summary>A note under the date (<c>(inklusiv 2 timers strategisk dialog om Grøn Trepart)</c>).</summary>
    public string? Note { get; init; }

    /// <summary>The planned topics, in order.</summary>
    public ValueList<string> Topics { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;
}
