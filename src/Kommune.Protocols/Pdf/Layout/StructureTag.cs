namespace Kommune.Protocols.Pdf.Layout;

/// <summary>The standard structure types the writer uses (ISO 32000-1, 14.8.4), below the document element.</summary>
internal enum StructureTag
{
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Span,
}
