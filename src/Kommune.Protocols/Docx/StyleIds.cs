namespace Kommune.Protocols.Docx;

/// <summary>The paragraph, table and list ids the writer uses (Word's built-in ids where there is one).</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "ProtocolTable";
    public const string DraftMark = "DraftMark";
    public const string FrontHeading = "FrontHeading";
    public const string FrontField = "FrontField";
    public const string ItemMeta = "ItemMeta";
    public const string Label = "Label";
    public const string AttachmentLine = "AttachmentLine";
    public const string AttachmentItem = "AttachmentItem";
    public const string Signature = "Signature";
    public const string SignatureLine = "SignatureLine";
    public const string TableText = "TableText";

    /// <summary>The bullet list instance (shared: bullets need no restart).</summary>
    public const int BulletNumId = 1;

    /// <summary>The first numbered list instance; each numbered list gets its own so it restarts at 1.</summary>
    public const int FirstNumberedNumId = 2;

    public const int BulletAbstractId = 0;
    public const int NumberedAbstractId = 1;

    /// <summary>A4 width (11906) minus two 2 cm margins (1134 each).</summary>
    public const int TextWidth = 9638;
}
