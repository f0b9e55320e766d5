using Kommune.Protocols.Pdf.TrueType;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Kommune.Protocols.Pdf.Text;

/// <summary>
/// The four DejaVu Sans faces shipped inside this assembly. Each face is loaded once per process
/// and handed to PDFsharp as an <see cref="XGlyphTypeface"/> made straight from the font bytes,
/// so the writer never touches PDFsharp's process-global <c>GlobalFontSettings.FontResolver</c>
/// (or its fallback resolver): a host application that sets its own resolver, before or after us,
/// is neither broken nor overridden. The glyph map measures with our own reader of the same bytes
/// (<see cref="TrueType"/>), which does not depend on PDFsharp.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly string[] ResourceNames =
    [
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans.ttf",
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans-Bold.ttf",
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans-Oblique.ttf",
        "Kommune.Protocols.Pdf.Fonts.DejaVuSans-BoldOblique.ttf",
    ];

    private static readonly Lazy<XGlyphTypeface>[] Typefaces =
    [
        new(() => Load(FontFace.Regular)),
        new(() => Load(FontFace.Bold)),
        new(() => Load(FontFace.Italic)),
        new(() => Load(FontFace.BoldItalic)),
    ];

    private static readonly Lazy<TrueTypeFont>[] TrueTypeFonts =
    [
        new(() => TrueTypeFont.Parse(Bytes(FontFace.Regular))),
        new(() => TrueTypeFont.Parse(Bytes(FontFace.Bold))),
        new(() => TrueTypeFont.Parse(Bytes(FontFace.Italic))),
        new(() => TrueTypeFont.Parse(Bytes(FontFace.BoldItalic))),
    ];

    /// <summary>The font's family name as the PDF names it (before the subset tag).</summary>
    public const string FamilyName = "DejaVu Sans";

    /// <summary>The PDFsharp typeface of <paramref name="face"/>; thread-safe.</summary>
    public static XGlyphTypeface Typeface(FontFace face) => Typefaces[(int)face].Value;

    /// <summary><paramref name="face"/> read as a TrueType font, once per process; thread-safe.</summary>
    public static TrueTypeFont TrueType(FontFace face) => TrueTypeFonts[(int)face].Value;

    /// <summary>A new font of <paramref name="face"/> at <paramref name="size"/> points, with Unicode (CID) encoding so every character keeps its text.</summary>
    public static XFont Font(FontFace face, double size) =>
        new(Typeface(face), size, new XPdfFontOptions(PdfFontEncoding.Unicode), null);

    /// <summary>The raw bytes of <paramref name="face"/>'s TrueType file.</summary>
    public static byte[] Bytes(FontFace face)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(ResourceNames[(int)face])
            ?? throw new InvalidOperationException($"The embedded font {ResourceNames[(int)face]} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static XGlyphTypeface Load(FontFace face) => new(XFontSource.GetOrCreateFrom(Bytes(face)));
}
