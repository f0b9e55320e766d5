using System.IO.Compression;
using System.Text;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>The text of every entry of a DOCX package (document, headers, footers, properties, custom parts).</summary>
internal static class PackageText
{
    public static IReadOnlyList<(string Entry, string Text)> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entries = new List<(string, string)>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            entries.Add((entry.FullName, reader.ReadToEnd()));
        }

        return entries;
    }

    /// <summary>Every entry's text joined.</summary>
    public static string All(byte[] docx) => string.Join('\n', Entries(docx).Select(e => e.Text));

    /// <summary>XML escapes characters such as &amp; and quotes; markers are plain letters and digits, so a plain search finds them.</summary>
    public static string? FirstLeak(byte[] docx, IEnumerable<string> markers)
    {
        var entries = Entries(docx);
        var secret = markers as IReadOnlyCollection<string> ?? markers.ToList();
        foreach (var (entry, text) in entries)
        {
            // Markers made by ClosedMarkers are found in one pass; others (hand-made) one by one.
            var found = Support.ClosedMarkers.Found(text);
            var leak = secret.FirstOrDefault(m => found.Contains(m) || (!m.StartsWith("SECRET", StringComparison.Ordinal) && text.Contains(m, StringComparison.Ordinal)));
            if (leak is not null)
            {
                return $"{leak} in {entry}";
            }
        }

        return null;
    }
}
