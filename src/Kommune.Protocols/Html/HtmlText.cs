namespace Kommune.Protocols.Html;

/// <summary>
/// The one place text becomes HTML. Only the characters that can end or start markup are
/// replaced by named references; everything else is written as it is (the page is UTF-8), so
/// no character reference is ever needed for U+0080-U+009F, which HTML would remap to
/// Windows-1252 characters. The composer has already refused characters a document cannot carry.
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> TextSpecials = System.Buffers.SearchValues.Create("&<>\r");
    private static readonly System.Buffers.SearchValues<char> AttributeSpecials = System.Buffers.SearchValues.Create("&<>\"'\t\n\r");

    /// <summary>Writes element text: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped; a carriage return as a reference so the parser keeps it.</summary>
    public static void Text(TextWriter output, ReadOnlySpan<char> text) => Escape(output, text, TextSpecials);

    /// <summary>Writes the value of a double-quoted attribute; quotes and line breaks escaped too, so an attribute stays on one line.</summary>
    public static void Attribute(TextWriter output, ReadOnlySpan<char> value) => Escape(output, value, AttributeSpecials);

    private static void Escape(TextWriter output, ReadOnlySpan<char> text, System.Buffers.SearchValues<char> specials)
    {
        while (true)
        {
            var at = text.IndexOfAny(specials);
            if (at < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..at]);
            output.Write(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' => "&#9;",
                '\n' => "&#10;",
                _ => "&#13;",
            });
            text = text[(at + 1)..];
        }
    }
}
