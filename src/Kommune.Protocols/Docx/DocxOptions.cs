using Kommune.Protocols.Model;

namespace Kommune.Protocols.Docx;

/// <summary>What <see cref="DocxWriter"/> writes: edition, paper, language and labels.</summary>
public sealed record DocxOptions
{
    /// <summary>The default options: internal edition, paper from the stage, Danish.</summary>
    public static DocxOptions Default { get; } = new();

    /// <summary>
    /// The edition. <see cref="MeetingEdition.Public"/> renders the result of
    /// <see cref="Editions.PublicEdition.Create"/>; <see cref="MeetingEdition.Internal"/> (the default)
    /// renders the meeting as given.
    /// </summary>
    public MeetingEdition Edition { get; init; } = MeetingEdition.Internal;

    /// <summary>The paper; when absent it follows the stage (draft and agenda give the agenda, later stages the protocol).</summary>
    public DocxPaper? Paper { get; init; }

    /// <summary>The language of the labels and of the document (<c>da-DK</c> or <c>en-GB</c>).</summary>
    public Language Language { get; init; } = Language.Danish;

    /// <summary>Labels overriding the defaults of <see cref="Language"/> (start from <see cref="DocxLabels.Danish"/> with <c>with</c>).</summary>
    public DocxLabels? Labels { get; init; }

    /// <summary>The paper written for <paramref name="stage"/>: <see cref="Paper"/> when set, otherwise the stage's paper.</summary>
    /// <param name="stage">The meeting's stage.</param>
    /// <returns>The paper.</returns>
    public DocxPaper PaperFor(DocumentStage stage) =>
        Paper ?? (stage is DocumentStage.Draft or DocumentStage.Agenda ? DocxPaper.Agenda : DocxPaper.Protocol);

    /// <summary>The labels used: <see cref="Labels"/> when set, otherwise the defaults of <see cref="Language"/>.</summary>
    /// <returns>The labels.</returns>
    public DocxLabels EffectiveLabels() => Labels ?? DocxLabels.For(Language);
}
