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

    /// <summary>
    /// The outcome, when recorded as a fact. It is optional: many protocols print only the text
    /// (<c>Godkendt.</c>); the paper prints the outcome's label only when the text does not say it.
    /// </summary>
    public DecisionOutcome Outcome { get; init; }

    /// <summary>The outcome in words, for <see cref="DecisionOutcome.Other"/> or to override the default wording.</summary>
    public string? OutcomeText { get; init; }

    /// <summary>The decision text, printed before the votes.</summary>
    public ValueList<Block> Text { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>The decision per recommendation point (<i>Ad 1: Godkendt.</i>), when split.</summary>
    public ValueList<PointDecision> Points { get; init => field = value ?? ValueList<PointDecision>.Empty; } = ValueList<PointDecision>.Empty;

    /// <summary>Votes in the order they were taken (amendments, a procedural motion, then the recommendation).</summary>
    public ValueList<Vote> Votes { get; init => field = value ?? ValueList<Vote>.Empty; } = ValueList<Vote>.Empty;

    /// <summary>Statements (explanations of vote, minority statements, protocol remarks), each placed where it was made.</summary>
    public ValueList<Statement> Statements { get; init => field = value ?? ValueList<Statement>.Empty; } = ValueList<Statement>.Empty;

    /// <summary>Protocol remarks (<i>protokolbemærkninger</i>) with one author, printed after the votes; <see cref="Statements"/> hold every kind and placement.</summary>
    public ValueList<ProtocolRemark> Remarks { get; init => field = value ?? ValueList<ProtocolRemark>.Empty; } = ValueList<ProtocolRemark>.Empty;

    /// <summary>Text after the votes and statements (<i>Indstillingen er herefter godkendt.</i>).</summary>
    public ValueList<Block> Conclusion { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;
}

/// <summary>The decision on one recommendation point (<i>Ad 2: Godkendt med den ændring, at ...</i>).</summary>
public sealed record PointDecision
{
    /// <summary>The 1-based recommendation point.</summary>
    public required int Point { get; init; }

    /// <summary>The outcome, if recorded.</summary>
    public DecisionOutcome Outcome { get; init; }

    /// <summary>The text.</summary>
    public ValueList<Block> Text { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;
}

/// <summary>What a vote was on.</summary>
public enum VoteKind
{
    /// <summary>The recommendation, or the item as a whole (the default).</summary>
    Recommendation,

    /// <summary>An amendment (<i>ændringsforslag</i>).</summary>
    Amendment,

    /// <summary>A procedural motion (to postpone, to open a closed item).</summary>
    Procedural,
}

/// <summary>What kind of statement a member or group made.</summary>
public enum StatementKind
{
    /// <summary>A protocol remark (<i>protokolbemærkning</i>, styrelsesloven § 13, stk. 2).</summary>
    ProtocolRemark,

    /// <summary>An explanation of vote (<i>stemmeforklaring</i>).</summary>
    ExplanationOfVote,

    /// <summary>A minority statement (<i>mindretalsudtalelse</i>).</summary>
    MinorityStatement,

    /// <summary>A <i>protokollat</i>.</summary>
    Protokollat,

    /// <summary>A minority's own recommendation (<i>særindstilling</i>).</summary>
    SpecialRecommendation,

    /// <summary>A reservation (<i>forbehold</i>).</summary>
    Reservation,
}

/// <summary>Where a statement sits relative to the vote it concerns.</summary>
public enum StatementPlacement
{
    /// <summary>After the vote (the default).</summary>
    After,

    /// <summary>Before the vote (read before voting).</summary>
    Before,
}

/// <summary>A statement by one or more members or groups, placed before or after the vote it concerns.</summary>
public sealed record Statement
{
    /// <summary>What kind of statement.</summary>
    public StatementKind Kind { get; init; }

    /// <summary>Who made it: members' keys or names, or party letters.</summary>
    public ValueList<string> Authors { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>The statement.</summary>
    public ValueList<Block> Text { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>The vote it concerns (0-based in <see cref="Decision.Votes"/>); none: after the decision's text and votes.</summary>
    public int? Vote { get; init; }

    /// <summary>Before or after that vote.</summary>
    public StatementPlacement Placement { get; init; }
}

/// <summary>A vote, on the whole item, one recommendation point (<c>Ad. 1</c>), an amendment or a procedural motion.</summary>
public sealed record Vote
{
    /// <summary>What was voted on.</summary>
    public VoteKind Kind { get; init; }

    /// <summary>The motion as put to the vote (<i>Formanden satte ændringsforslaget til afstemning</i>, the amendment's text).</summary>
    public string? Motion { get; init; }

    /// <summary>Who proposed it: a member's key or name, or a party letter.</summary>
    public string? Proposer { get; init; }

    /// <summary>The 1-based recommendation point voted on, or none for the whole item.</summary>
    public int? Point { get; init; }

    /// <summary>A roll-call vote: every member's vote is listed by name.</summary>
    public bool RollCall { get; init; }

    /// <summary>Those for.</summary>
    public VoteTally For { get; init => field = value ?? VoteTally.None; } = VoteTally.None;

    /// <summary>Those against.</summary>
    public VoteTally Against { get; init => field = value ?? VoteTally.None; } = VoteTally.None;

    /// <summary>Those abstaining (<i>undlod at stemme</i>).</summary>
    public VoteTally Abstaining { get; init => field = value ?? VoteTally.None; } = VoteTally.None;

    /// <summary>Those taking a reservation (<i>tager forbehold</i>) instead of voting for or against.</summary>
    public VoteTally Reservation { get; init => field = value ?? VoteTally.None; } = VoteTally.None;

    /// <summary>The result as the protocol states it (<i>Ændringsforslaget bortfaldt.</i>); never invented when absent.</summary>
    public string? Result { get; init; }
}

/// <summary>
/// One side of a vote: a count, members (by key or name) and/or party groups
/// (<c>5 medlemmer (A+V+C)</c>). When no count is stated, the paper derives it from the
/// members present for the item: the named members plus the present members of the parties.
/// </summary>
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

    /// <summary>The number of votes as the tally itself says: the count when stated, otherwise the number of names (a party-only tally says 0 here; the paper derives its count from the members present).</summary>
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

/// <summary>A decision an earlier body made on the same case (<c>Økonomiudvalget, 18. september 2019, pkt. 153: Indstilles godkendt.</c>).</summary>
public sealed record EarlierDecision
{
    /// <summary>The body.</summary>
    public required string Body { get; init => field = value ?? throw new ArgumentNullException(nameof(Body)); }

    /// <summary>The date, if known.</summary>
    public NodaTime.LocalDate? Date { get; init; }

    /// <summary>The item number there.</summary>
    public ItemNumber? ItemNumber { get; init; }

    /// <summary>The case there, when it was another (an earlier case reference).</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>The outcome, if recorded as a fact.</summary>
    public DecisionOutcome Outcome { get; init; }

    /// <summary>The decision text.</summary>
    public string? Text { get; init; }

    /// <summary>The answers per recommendation point.</summary>
    public ValueList<PointDecision> Points { get; init => field = value ?? ValueList<PointDecision>.Empty; } = ValueList<PointDecision>.Empty;

    /// <summary>The votes there.</summary>
    public ValueList<Vote> Votes { get; init => field = value ?? ValueList<Vote>.Empty; } = ValueList<Vote>.Empty;

    /// <summary>Who was absent there (names as printed).</summary>
    public ValueList<string> Absent { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;
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
