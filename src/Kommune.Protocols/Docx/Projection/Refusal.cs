using System.Globalization;
using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>Builds every <see cref="DocxProjectionException"/>, so the messages read alike.</summary>
internal static class Refusal
{
    private const string Prefix = "Cannot project the DOCX: ";

    /// <summary>The input as a whole is refused (not a zip, no main document, too large).</summary>
    public static DocxProjectionException Package(string what, Exception? inner = null) =>
        new(Prefix + what + ".", null, null, inner);

    /// <summary>Something in one part is refused.</summary>
    public static DocxProjectionException Part(string part, string what, IXmlLineInfo? at = null, Exception? inner = null) =>
        new(Prefix + part + " " + what + At(at) + ".", part, null, inner);

    /// <summary>A limit was passed; <paramref name="what"/> says what went past it.</summary>
    public static DocxProjectionException Limit(string limit, long value, string what, string? part = null, IXmlLineInfo? at = null) =>
        new(
            Prefix + (part is null ? string.Empty : part + ": ") + what + " passes " + limit + " ("
                + value.ToString("N0", CultureInfo.InvariantCulture) + ")" + At(at) + ".",
            part,
            limit);

    private static string At(IXmlLineInfo? at) =>
        at is { } info && info.HasLineInfo()
            ? string.Create(CultureInfo.InvariantCulture, $" at line {info.LineNumber}, position {info.LinePosition}")
            : string.Empty;
}
