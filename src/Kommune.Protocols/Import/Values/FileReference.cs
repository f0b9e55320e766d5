namespace Kommune.Protocols.Import;

/// <summary>
/// An attachment's file reference as the model keeps it: a path relative to the export's
/// folder with forward slashes, or a web address as written. A reference that is absolute or
/// climbs out of the folder (<c>..\..\windows\win.ini</c>) keeps only its file name, so that no
/// user of the meeting is led outside the export. Files are never opened.
/// </summary>
internal static class FileReference
{
    /// <summary>The reference to keep, and whether it had to be cut to its file name.</summary>
    public static (string? Reference, bool Cut) Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }

        var reference = text.Trim();
        if (IsWebAddress(reference))
        {
            return (reference, false);
        }

        var slashed = reference.Replace('\\', '/');
        var segments = slashed.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var outside = slashed.StartsWith('/') || (slashed.Length > 1 && slashed[1] == ':') || segments.Any(s => s == "..") || slashed.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (!outside)
        {
            return (string.Join('/', segments.Where(s => s != ".")), false);
        }

        var name = segments.Length == 0 ? null : segments[^1];
        return (name is null or ".." or "." || name.EndsWith(':') ? null : name, true);
    }

    public static bool IsWebAddress(string reference) =>
        reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
