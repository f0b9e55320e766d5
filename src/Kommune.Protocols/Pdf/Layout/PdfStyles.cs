using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Layout;

/// <summary>
/// The paper's styles, mirroring the DOCX writer's <c>StylesPart</c> value for value (twips / 20
/// = points): the same sizes, weights, spacing, indents and tab stops, so both papers read alike.
/// </summary>
internal static class PdfStyles
{
    public static readonly BlockStyle Body = new();

    /// <summary>Body text in a table cell (DOCX <c>TableText</c>).</summary>
    public static readonly BlockStyle TableText = new() { SpaceAfter = 2 };

    public static readonly BlockStyle Title = new() { Size = 24, Bold = true, SpaceAfter = 12 };

    public static readonly BlockStyle Subtitle = new() { Size = 16, SpaceAfter = 12 };

    /// <summary>An item or back-matter heading (DOCX <c>Heading1</c>).</summary>
    public static readonly BlockStyle ItemHeading = new() { Size = 16, Bold = true, SpaceAfter = 12, KeepWithNext = true, KeepLines = true };

    /// <summary>A part of an item (DOCX <c>Heading2</c>).</summary>
    public static readonly BlockStyle SectionHeading = new() { Size = 12, Bold = true, SpaceBefore = 12, SpaceAfter = 3, KeepWithNext = true, KeepLines = true };

    public static readonly BlockStyle FrontHeading = new() { Size = 12, Bold = true, SpaceBefore = 12, SpaceAfter = 3, KeepWithNext = true };

    public static readonly BlockStyle DraftMark = new() { Size = 14, Bold = true, Color = Rgb.DraftRed, SpaceAfter = 6 };

    public static readonly BlockStyle Field = new() { SpaceAfter = 2, LeftIndent = 85.05, FirstLineIndent = -85.05, TabStops = [new TabStop(85.05)] };

    public static readonly BlockStyle ItemMeta = new() { SpaceAfter = 12, TabStops = [new TabStop(141.75), new TabStop(226.8)] };

    public static readonly BlockStyle Label = new() { Bold = true, SpaceBefore = 6, SpaceAfter = 0, KeepWithNext = true };

    public static readonly BlockStyle AttachmentGroup = new() { Bold = true, SpaceBefore = 12, SpaceAfter = 3, KeepWithNext = true };

    public static readonly BlockStyle SignatureLine = new() { SpaceBefore = 48, SpaceAfter = 2, RightIndent = 240.95, KeepWithNext = true };

    public static readonly BlockStyle Signature = new() { SpaceAfter = 0, RightIndent = 240.95, KeepLines = true };

    /// <summary>A list item: the label at the margin, the text at 18 pt (DOCX numbering: left 360, hanging 360).</summary>
    public static readonly BlockStyle ListItem = new() { SpaceAfter = 3, LeftIndent = 18, FirstLineIndent = -18 };

    /// <summary>The running head and foot (DOCX <c>Header</c>, <c>Footer</c>).</summary>
    public static readonly BlockStyle HeaderFooter = new() { Size = 9, SpaceAfter = 0 };

    /// <summary>The paper's bottom border under the line to sign on: half a point, one point below the paragraph.</summary>
    public const double SignatureRuleWidth = 0.5;

    /// <summary>The space a paragraph after a table gets above it (Word has none below a table; the DOCX writer adds 160 twips).</summary>
    public const double AfterTable = 8;

    /// <summary>Table borders: DOCX size 4 (eighths of a point).</summary>
    public const double BorderWidth = 0.5;

    public static BlockStyle For(HeadingRole role) => role switch
    {
        HeadingRole.Title => Title,
        HeadingRole.Front => FrontHeading,
        HeadingRole.Section => SectionHeading,
        _ => ItemHeading,
    };

    /// <summary>An attachment line: number, access, title and document number in columns, the last right-aligned at the column's end.</summary>
    public static BlockStyle AttachmentLine(double width) => new()
    {
        SpaceAfter = 0,
        TabStops = [new TabStop(28.35), new TabStop(70.9), new TabStop(width, Right: true)],
    };

    public static BlockStyle For(ParagraphRole role, bool inCell, double width) => role switch
    {
        ParagraphRole.Subtitle => Subtitle,
        ParagraphRole.DraftMark => DraftMark,
        ParagraphRole.Field => Field,
        ParagraphRole.ItemMeta => ItemMeta,
        ParagraphRole.Label => Label,
        ParagraphRole.AttachmentGroup => AttachmentGroup,
        ParagraphRole.AttachmentLine => AttachmentLine(width),
        ParagraphRole.SignatureLine => SignatureLine,
        ParagraphRole.Signature => Signature,
        _ => inCell ? TableText : Body,
    };
}
