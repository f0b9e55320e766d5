namespace Kommune.Protocols.Editions;

/// <summary>
/// What the public edition publishes beyond the open content: how closed items are listed, whether
/// their public decisions and case numbers are printed, whether reasons for absence are. The
/// defaults are conservative and follow Danish practice (see <c>docs/publication.md</c>): a
/// closed item is listed by its public title (or as <i>Lukket punkt</i>) with its case number and
/// its public decision; reasons for absence, which are personal data, are left out. Undefined
/// enum values mean the most closed choice.
/// </summary>
public sealed record PublicationPolicy
{
    /// <summary>The defaults.</summary>
    public static PublicationPolicy Default { get; } = new();

    /// <summary>What title a closed item is listed under. Default: <see cref="ClosedTitle.PublicTitle"/>.</summary>
    public ClosedTitle ClosedItemTitle { get; init; } = ClosedTitle.PublicTitle;

    /// <summary>The text listed for a closed item that shows no title; null: the paper's language's (<i>Lukket punkt</i>; Danish in JSON).</summary>
    public string? WithheldTitle { get; init; }

    /// <summary>Put before a closed item's title when it shows one (<c>"Lukket: "</c>); none by default.</summary>
    public string? ClosedTitlePrefix { get; init; }

    /// <summary>Whether a closed item's case number is published. Default: true (it names the case, not its content).</summary>
    public bool ShowClosedCaseNumber { get; init; } = true;

    /// <summary>Whether a closed item's public decision (<see cref="Model.AgendaItem.PublicDecision"/>) is published. Default: true.</summary>
    public bool ShowPublicDecision { get; init; } = true;

    /// <summary>Whether members' reasons for absence are published. Default: false (a reason such as illness is personal data).</summary>
    public bool ShowAbsenceReasons { get; init; }

    /// <summary>How closed attachments of open items are shown. Default: <see cref="Editions.ClosedAttachments.Neutral"/>.</summary>
    public ClosedAttachments ClosedAttachments { get; init; } = ClosedAttachments.Neutral;

    internal static string DefaultWithheldTitle => "Lukket punkt";
}
