using System.Globalization;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// Reads the attribute values the projection must understand, by the rules the Open XML SDK
/// applies (so the text stays the same as the SDK-based projection's): a value it needs but
/// cannot read is refused, as the SDK refused it. Where the projection only asks "is it X?"
/// (a page break, a bullet list, a field's begin), any other value simply is not X.
/// </summary>
internal static class WordValues
{
    private const NumberStyles Integer = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;

    /// <summary>A whole number (<c>w:numId w:val</c>), or null when the attribute is absent.</summary>
    public static int? Int(PartXml xml, string attribute)
    {
        var text = xml.Attribute(attribute);
        return text is null ? null
            : int.TryParse(text, Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw Invalid(xml, attribute, text, "a whole number");
    }

    /// <summary>A non-negative whole number (<c>w:pgSz w:w</c>), or null when the attribute is absent.</summary>
    public static uint? UInt(PartXml xml, string attribute)
    {
        var text = xml.Attribute(attribute);
        return text is null ? null
            : uint.TryParse(text, Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw Invalid(xml, attribute, text, "a non-negative whole number");
    }

    /// <summary>An on/off property (<c>w:b</c>): on when present without <c>w:val</c>.</summary>
    public static bool OnOff(PartXml xml, string attribute) => xml.Attribute(attribute) switch
    {
        null or "true" or "on" or "1" => true,
        "false" or "off" or "0" => false,
        var text => throw Invalid(xml, attribute, text, "one of true, false, on, off, 1, 0"),
    };

    private static DocxProjectionException Invalid(PartXml xml, string attribute, string text, string expected) =>
        xml.Refuse("has " + xml.Reader.Name + " with " + attribute + "=\"" + Shorten(text) + "\", which is not " + expected);

    // The value goes into a message; a hostile one may be a megabyte long.
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
