namespace Kommune.Protocols.Pdf.Text;

/// <summary>One of the four faces of the embedded font family.</summary>
internal enum FontFace
{
    /// <summary>DejaVu Sans (Book).</summary>
    Regular,

    /// <summary>DejaVu Sans Bold.</summary>
    Bold,

    /// <summary>DejaVu Sans Oblique.</summary>
    Italic,

    /// <summary>DejaVu Sans Bold Oblique.</summary>
    BoldItalic,
}

/// <summary>Picks a face from bold and italic.</summary>
internal static class FontFaces
{
    public const int Count = 4;

    public static FontFace Of(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => FontFace.Regular,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.BoldItalic,
    };
}
