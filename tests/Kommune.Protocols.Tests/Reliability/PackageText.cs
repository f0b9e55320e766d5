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

    /// <summary>XML escapes characters such as &amp; and quotes; markers are plain letters and digits, so a plain search finds them.</summary>
    public static string? FirstLeak(byte[] docx, IEnumerable<string> markers)
    {
        var entries = Entries(docx);
        foreach (var marker in markers)
        {
            foreach (var (entry, text) in entries)
            {
                if (text.Contains(marker, StringComparison.Ordinal))
                {
                    return $"{marker} in {entry}";
                }
            }
        }

        return null;
    }
}
