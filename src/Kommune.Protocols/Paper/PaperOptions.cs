using Kommune.Protocols.Model;

namespace Kommune.Protocols.Paper;

/// <summary>
/// What a paper writer (DOCX, HTML, PDF) writes: which edition, which paper, in which language
/// and house style. Each writer has its own options type that derives from this one.
/// </summary>
public record PaperOptions
{
    /// <summary>
    /// The edition. <see cref="MeetingEdition.Internal"/> (the default) prints the meeting as
    /// given; any other value prints the public edition (<see cref="Editions.PublicEdition.For"/>),
    /// so an undefined value never shows closed content.
    /// </summary>
    public MeetingEdition Edition { get; init; } = MeetingEdition.Internal;

    /// <summary>The paper; when absent it follows the stage (draft and agenda give the agenda, later stages the protocol).</summary>
    public PaperKind? Paper { get; init; }

    /// <summary>The language of the labels and of the document. Default: <see cref="Language.Danish"/>.</summary>
    public Language Language { get; init => field = value ?? throw new ArgumentNullException(nameof(Language)); } = Language.Danish;

    /// <summary>The municipality's house style. Default: <see cref="HouseStyle.Default"/>.</summary>
    public HouseStyle Style { get; init => field = value ?? throw new ArgumentNullException(nameof(Style)); } = HouseStyle.Default;

    /// <summary>The paper written for <paramref name="stage"/>: <see cref="Paper"/> when set, otherwise the stage's paper.</summary>
    /// <param name="stage">The meeting's stage.</param>
    /// <returns>The paper.</returns>
    public PaperKind PaperFor(DocumentStage stage) =>
        Paper ?? (stage is DocumentStage.Draft or DocumentStage.Agenda ? PaperKind.Agenda : PaperKind.Protocol);
}
