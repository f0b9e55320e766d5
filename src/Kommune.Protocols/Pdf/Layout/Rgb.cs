namespace Kommune.Protocols.Pdf.Layout;

/// <summary>A colour as the DOCX styles write it (<c>808080</c>).</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Black { get; } = new(0, 0, 0);

    /// <summary>The draft mark (DOCX <c>C00000</c>).</summary>
    public static Rgb DraftRed { get; } = new(0xC0, 0, 0);

    /// <summary>Table borders (DOCX <c>808080</c>).</summary>
    public static Rgb BorderGray { get; } = new(0x80, 0x80, 0x80);

    /// <summary>A table's header row (DOCX <c>D9E2F3</c>).</summary>
    public static Rgb HeaderFill { get; } = new(0xD9, 0xE2, 0xF3);
}
