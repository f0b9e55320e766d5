namespace Kommune.Protocols.Model;

/// <summary>The recommendation (<i>indstilling</i>) of an item.</summary>
public sealed record Recommendation
{
    /// <summary>Who recommends, when printed on its own (<c>Direktionen indstiller</c>).</summary>
    public string? Recommender { get; init; }

    /// <summary>The text before the points, or the whole recommendation (<c>Det indstilles, at direktionen:</c>).</summary>
    public ValueList<Block> Text { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>The <i>at</i>-points, in order; votes refer to them by 1-based position.</summary>
    public ValueList<string> Points { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;
}

/// <summary>The decision on an item (<i>Beslutning i {body} den {date}</i>).</summary>
public sealed record Decision
{
    /// <summary>The body that decided (<c>Direktionen</c>).</summary>
    public string? Body { get; init; }

    /// <summary>The date of the decision.</summary>
    public NodaTime.LocalDate? Date { get; init; }

    /// <summary>The outcome.</summary>
    public DecisionOutcome Outcome { get; init; }

    /// <summary>The outcome in words, for <see cref="DecisionOutcome.Other"/> or to override the default wording.</summary>
    public string? OutcomeText { get; init; }

    /// <summary>The decision text.</summary>
    public ValueList<Block> Text { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>Votes, overall or per recommendation point.</summary>
    public ValueList<Vote> Votes { get; init => field = value ?? ValueList<Vote>.Empty; } = ValueList<Vote>.Empty;

    /// <summary>Protocol remarks (<i>protokolbemærkninger</i>).</summary>
    public ValueList<ProtocolRemark> Remarks { get; init => field = value ?? ValueList<ProtocolRemark>.Empty; } = ValueList<ProtocolRemark>.Empty;
}

/// <summary>A vote, on the whole item or on one recommendation point (<c>Ad. 1</c>).</summary>
public sealed record Vote
{
    /// <summary>The 1-based recommendation point voted on, or none for the whole item.</summary>
    public int? Point { get; init; }

    /// <summary>Those for.</summary>
    public VoteTally For { get; init => field = value ?? VoteTally.None; } = VoteTally.None;

    /// <summary>Those against.</summary>
    public VoteTally Against { get; init => field = value ?? VoteTally.None; } = VoteTally.None;

    /// <summary>Those abstaining (<i>undlod at stemme</i>).</summary>
    public VoteTally Abstaining { get; init => field = value ?? VoteTally.None; } = VoteTally.None;
}

/// <summary>One side of a vote: a count, names and/or party groups (<c>5 medlemmer (A+V+C)</c>).</summary>
public sealed record VoteTally
{
    /// <summary>No one.</summary>
    public static VoteTally None { get; } = new();

    /// <summary>The number of votes, when stated.</summary>
    public int? Count { get; init; }

    /// <summary>Members by name.</summary>
    public ValueList<string> Members { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>Party letters (<c>A</c>, <c>V</c>, <c>C</c>).</summary>
    public ValueList<string> Parties { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>The number of votes: the count when stated, otherwise the number of names.</summary>
    public int Total => Count ?? Members.Count;
}

/// <summary>A member's own short note of dissent or clarification.</summary>
public sealed record ProtocolRemark
{
    /// <summary>Who made it.</summary>
    public required string Author { get; init => field = value ?? throw new ArgumentNullException(nameof(Author)); }

    /// <summary>The remark.</summary>
    public required string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); }
}

/// <summary>A decision an earlier body made on the same case (<c>Økonomiudvalget, 18. september 2019, pkt. 153</c>).</summary>
public sealed record EarlierDecision
{
    /// <summary>The body.</summary>
    public required string Body { get; init => field = value ?? throw new ArgumentNullException(nameof(Body)); }

    /// <summary>The date.</summary>
    public required NodaTime.LocalDate Date { get; init; }

    /// <summary>The item number there.</summary>
    public ItemNumber? ItemNumber { get; init; }

    /// <summary>The decision text.</summary>
    public required string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); }
}

/// <summary>A follow-up action from a decision: what, who, by when.</summary>
public sealed record FollowUpAction
{
    /// <summary>What is to be done.</summary>
    public required string What { get; init => field = value ?? throw new ArgumentNullException(nameof(What)); }

    /// <summary>Who does it.</summary>
    public string? Who { get; init; }

    /// <summary>The deadline.</summary>
    public NodaTime.LocalDate? Due { get; init; }
}
