using System.Globalization;
using System.Text;

namespace Kommune.Protocols.Formatting;

/// <summary>
/// Shows the text a parser was given inside an error message: quoted, with characters that
/// cannot be seen (control and format characters, line separators, spaces other than U+0020,
/// lone surrogates) written as <c>\uXXXX</c>, and long text shortened, so the message says
/// exactly what was refused and cannot itself break a log line or a terminal.
/// </summary>
/// <remarks>
/// <c>Model/InputText.cs</c> holds the same code: the model depends on no other part of the
/// library, and the formatting part may not depend on the model (see the dependency test), so
/// the two cannot share one class. A test checks that both quote alike.
/// </remarks>
internal static class InputText
{
    /// <summary>How many characters of the input an error message shows.</summary>
    public const int MaxShown = 60;

    public static string Quote(ReadOnlySpan<char> text)
    {
        var shown = text.Length > MaxShown ? text[..MaxShown] : text;
        if (shown.Length > 0 && char.IsHighSurrogate(shown[^1]) && shown.Length < text.Length)
        {
            // Never cut a surrogate pair in two: the half would be shown as an escape that was not in the input.
            shown = shown[..^1];
        }

        var builder = new StringBuilder(shown.Length + 32).Append('\'');
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                builder.Append(c).Append(shown[i + 1]);
                i++;
            }
            else if (IsInvisible(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('\'');
        if (shown.Length < text.Length)
        {
            builder.Append("... (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }

    private static bool IsInvisible(char c) => c != ' ' && CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator or
        UnicodeCategory.PrivateUse;
}
