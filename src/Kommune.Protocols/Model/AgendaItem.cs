namespace Kommune.Protocols.Model;

/// <summary>An agenda item (<i>dagsordenspunkt</i>, <i>sag</i>) and, once held, its decision.</summary>
public sealed record AgendaItem
{
    /// <summary>
    /// The number as printed; not necessarily its position (councils number through the year).
    /// None for an unnumbered part (<i>Spørgetid</i>, <i>Meddelelser</i>).
    /// </summary>
    public ItemNumber? Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); }

    /// <summary>Open (<i>Åben sag</i>) or closed (<i>Lukket sag</i>). Anything but <see cref="Access.Open"/> is treated as closed.</summary>
    public Access Access { get; init; }

    /// <summary>
    /// For a closed item: the title it is listed under in public (eDoc's <i>NeutralTitle</i>:
    /// <c>Personalesag</c>, <c>Køb af ejendom</c>), when the internal title may name a person or a
    /// price. It may equal the internal title.
    /// </summary>
    public string? PublicTitle { get; init; }

    /// <summary>The case number (<i>sagsnummer</i>).</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>The route through bodies (<i>Sagsgang</i>, <c>DIR</c>, <c>ØK, KB</c>).</summary>
    public string? CaseRoute { get; init; }

    /// <summary>Who decides (<i>Beslutningskompetence</i>).</summary>
    public string? DecisionAuthority { get; init; }

    /// <summary>Who owns the case (<i>Sagsansvarlig</i>).</summary>
    public Person? CaseOwner { get; init; }

    /// <summary>Who wrote the case (<i>sagsbehandler</i>).</summary>
    public Person? CaseHandler { get; init; }

    /// <summary>Why the item is on the agenda.</summary>
    public ItemPurpose Purpose { get; init; }

    /// <summary>Who presents the item.</summary>
    public Person? Presenter { get; init; }

    /// <summary>The planned duration, used by the time plan.</summary>
    public NodaTime.Duration? PlannedDuration { get; init; }

    /// <summary>Added after the agenda was published (<i>tillægsdagsorden</i>).</summary>
    public bool Supplementary { get; init; }

    /// <summary>Added at the meeting itself (<i>optaget på dagsordenen</i>, <i>uden for dagsordenen</i>).</summary>
    public bool AddedAtMeeting { get; init; }

    /// <summary>Why it was added at the meeting, if stated.</summary>
    public string? AddedReason { get; init; }

    /// <summary>Its place in the order the meeting handled the items (1-based), when it differs from the printed order.</summary>
    public int? HandlingOrder { get; init; }

    /// <summary>What became of the item: handled, postponed, taken off the agenda, sent back.</summary>
    public ItemStatus Status { get; init; }

    /// <summary>Why, for an item that was not handled, if stated.</summary>
    public string? StatusReason { get; init; }

    /// <summary>Where the item came from (<i>udsat fra mødet den ..., pkt. ...</i>).</summary>
    public ItemReference? CameFrom { get; init; }

    /// <summary>Where a postponed or referred item goes next.</summary>
    public ItemReference? GoesTo { get; init; }

    /// <summary>The treatment still to come by later bodies (<c>Økonomiudvalget 12. marts 2025</c>, <c>Kommunalbestyrelsen</c>).</summary>
    public ValueList<ItemReference> UpcomingTreatment { get; init => field = value ?? ValueList<ItemReference>.Empty; } = ValueList<ItemReference>.Empty;

    /// <summary>The sections, in order.</summary>
    public ValueList<Section> Sections { get; init => field = value ?? ValueList<Section>.Empty; } = ValueList<Section>.Empty;

    /// <summary>The recommendation (<i>Indstilling</i>).</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>The attachments (<i>bilag</i>), numbered from 1.</summary>
    public ValueList<Attachment> Attachments { get; init => field = value ?? ValueList<Attachment>.Empty; } = ValueList<Attachment>.Empty;

    /// <summary>The decision, once made.</summary>
    public Decision? Decision { get; init; }

    /// <summary>
    /// For a closed item: the decision as it may be published (<i>offentlig beslutning</i>:
    /// <c>Godkendt.</c>, or a sentence without the confidential parts). The public edition prints
    /// it under the item instead of the decision.
    /// </summary>
    public ValueList<Block> PublicDecision { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>People who took part in this item only (<i>deltog under punktet</i>).</summary>
    public ValueList<Person> Guests { get; init => field = value ?? ValueList<Person>.Empty; } = ValueList<Person>.Empty;

    /// <summary>Members absent for this item (members' keys or names); absence after leaving is derived and need not be repeated here.</summary>
    public ValueList<string> AbsentMembers { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>Members with a conflict of interest (<i>inhabil</i>) on this item.</summary>
    public ValueList<ConflictOfInterest> ConflictsOfInterest { get; init => field = value ?? ValueList<ConflictOfInterest>.Empty; } = ValueList<ConflictOfInterest>.Empty;

    /// <summary>Earlier decisions on the case by other bodies.</summary>
    public ValueList<EarlierDecision> History { get; init => field = value ?? ValueList<EarlierDecision>.Empty; } = ValueList<EarlierDecision>.Empty;

    /// <summary>Follow-up actions from the decision.</summary>
    public ValueList<FollowUpAction> FollowUps { get; init => field = value ?? ValueList<FollowUpAction>.Empty; } = ValueList<FollowUpAction>.Empty;

    /// <summary>Sub-items (<c>1.a</c>, <c>1.b</c>).</summary>
    public ValueList<AgendaItem> SubItems { get; init => field = value ?? ValueList<AgendaItem>.Empty; } = ValueList<AgendaItem>.Empty;
}
