namespace Kommune.Protocols.Paper.Blocks;

/// <summary>What a heading heads; writers map it to their own styles (DOCX) or tags (HTML, PDF use <see cref="PaperHeading.Level"/>).</summary>
internal enum HeadingRole
{
    /// <summary>The paper's name on the front page (<i>Beslutningsprotokol</i>), level 1.</summary>
    Title,

    /// <summary>A front-page heading (<i>Deltagere</i>, <i>Indhold</i>), level 2.</summary>
    Front,

    /// <summary>An agenda item (<i>4. Foreløbigt regnskab 2024</i>), level 2.</summary>
    Item,

    /// <summary>A heading after the items (<i>Bilagsoversigt</i>, <i>Underskriftsside</i>, <i>Tidsplan</i>), level 2.</summary>
    Back,

    /// <summary>A part of an item (<i>Sagsfremstilling</i>, <i>Beslutning i Direktionen den ...</i>), level 3.</summary>
    Section,
}
