namespace Kommune.Protocols.Paper;

/// <summary>A part of an agenda item whose place in the item a house style can choose.</summary>
public enum ItemPart
{
    /// <summary>The sections (<i>Sagsfremstilling</i>, <i>Økonomi</i>, ...).</summary>
    Sections,

    /// <summary>Earlier decisions of other bodies (<i>Tidligere beslutninger</i>).</summary>
    History,

    /// <summary>The recommendation (<i>Indstilling</i>).</summary>
    Recommendation,

    /// <summary>The attachments (<i>Bilag</i>).</summary>
    Attachments,

    /// <summary>The decision and what goes with it (votes, remarks, who took part); protocols only.</summary>
    Decision,
}
