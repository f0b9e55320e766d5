using System.Globalization;
using NodaTime;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// The one date the PDF carries as its creation and modification date: the meeting's date at
/// midnight UTC. Taken from the paper, never from the clock, so the same meeting gives the same
/// bytes on any day, in any time zone and culture.
/// </summary>
internal sealed class FixedDate(LocalDate date)
{
    /// <summary>The PDF date string (<c>D:20250305000000Z</c>).</summary>
    public string PdfDate { get; } = "D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000Z";

    /// <summary>The XMP date (<c>2025-03-05T00:00:00Z</c>).</summary>
    public string XmpDate { get; } = date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
