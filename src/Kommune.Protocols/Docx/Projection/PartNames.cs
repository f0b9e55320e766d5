namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// Open Packaging part names: <c>/word/document.xml</c>. Zip entry names and relationship
/// targets are both turned into this form; compare them with <see cref="Comparer"/>, as part
/// names are equal when they differ only in ASCII case.
/// </summary>
internal static class PartNames
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>The part name of a zip entry, or null for a folder entry.</summary>
    public static string? FromEntry(string entryName) =>
        entryName.Length == 0 || entryName.EndsWith('/') ? null : Unescape("/" + entryName.TrimStart('/'));

    /// <summary>The relationships part of a part: <c>/word/_rels/document.xml.rels</c>; <c>/_rels/.rels</c> for the package (<c>/</c>).</summary>
    public static string RelationshipsOf(string source)
    {
        var slash = source.LastIndexOf('/');
        return source[..(slash + 1)] + "_rels/" + source[(slash + 1)..] + ".rels";
    }

    /// <summary>
    /// Resolves a relationship target against its source part (<c>/</c> for the package), as a
    /// relative URI: <c>styles.xml</c> from <c>/word/document.xml</c> is <c>/word/styles.xml</c>.
    /// Null when the target climbs above the package root or is not a plain path.
    /// </summary>
    public static string? Resolve(string source, string target)
    {
        var end = target.AsSpan().IndexOfAny('#', '?');
        var path = end < 0 ? target : target[..end];
        if (path.Length == 0 || path.Contains(':', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var full = path[0] == '/' ? path : source[..(source.LastIndexOf('/') + 1)] + path;
        var segments = new List<string>();
        foreach (var segment in full.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 ? null : Unescape("/" + string.Join('/', segments));
    }

    // A target may spell a character escaped (%20) where the zip entry holds it plain, or the
    // other way round; comparing both unescaped finds the part either way.
    private static string Unescape(string name) => name.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(name) : name;
}
