using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Kommune.Protocols.Pdf.Layout;
using Kommune.Protocols.Pdf.Text;
using PdfSharp.Drawing;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Draws on the current page with PDFsharp: text in the embedded faces, lines and fills. Fonts,
/// brushes and pens are made once per document. Everything drawn is also fed to a hash, from which
/// the deterministic font subset tags are made (same text, same tags).
/// </summary>
internal sealed class PageCanvas : IDisposable
{
    private readonly Dictionary<(FontFace Face, double Size), XFont> fonts = [];
    private readonly Dictionary<Rgb, XSolidBrush> brushes = [];
    private readonly Dictionary<(Rgb Color, double Width), XPen> pens = [];
    private readonly IncrementalHash textHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public XGraphics? Graphics { get; set; }

    public void Text(string text, FontFace face, double size, Rgb color, double x, double baseline)
    {
        if (text.Length == 0)
        {
            return;
        }

        var key = (face, size);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = EmbeddedFonts.Font(face, size);
            fonts.Add(key, font);
        }

        Span<byte> tag = [(byte)face];
        textHash.AppendData(tag);
        textHash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        Current.DrawString(text, font, Brush(color), x, baseline, XStringFormats.BaseLineLeft);
    }

    public void Line(double x1, double y1, double x2, double y2, double width, Rgb color)
    {
        var key = (color, width);
        if (!pens.TryGetValue(key, out var pen))
        {
            pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), width);
            pens.Add(key, pen);
        }

        Current.DrawLine(pen, x1, y1, x2, y2);
    }

    public void Fill(double x, double y, double width, double height, Rgb color) =>
        Current.DrawRectangle(Brush(color), x, y, width, height);

    /// <summary>A digest of all text drawn so far.</summary>
    public byte[] TextDigest() => textHash.GetCurrentHash();

    public void Dispose() => textHash.Dispose();

    private XGraphics Current => Graphics ?? throw new InvalidOperationException("No page is being drawn.");

    private XSolidBrush Brush(Rgb color)
    {
        if (!brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            brushes.Add(color, brush);
        }

        return brush;
    }
}
