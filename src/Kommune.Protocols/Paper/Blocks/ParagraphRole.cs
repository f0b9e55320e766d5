namespace Kommune.Protocols.Paper.Blocks;

/// <summary>What a paragraph is on the paper; writers map it to a style.</summary>
internal enum ParagraphRole
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>The body's name under the title (<i>Direktionen</i>).</summary>
    Subtitle,

    /// <summary>The mark of a paper that is not final (<i>UDKAST</i>).</summary>
    DraftMark,

    /// <summary>A labelled value on the front page: label run, tab, value (<i>Dato → 5. marts 2025</i>).</summary>
    Field,

    /// <summary>An item's case number and open/closed mark under its heading.</summary>
    ItemMeta,

    /// <summary>A small bold label above a value (<i>Sagsgang</i>, <i>Bilag:</i>).</summary>
    Label,

    /// <summary>An item's heading in the list of attachments.</summary>
    AttachmentGroup,

    /// <summary>One attachment: columns separated by tabs.</summary>
    AttachmentLine,

    /// <summary>The line to sign on (empty text).</summary>
    SignatureLine,

    /// <summary>A signatory's title and name, or the approval under it.</summary>
    Signature,
}
