using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Names as the exports write them: runs of spaces (and no-break spaces) collapsed, and a party
/// letter written inside the name (<c>Jesper Mathiesen (A)</c>) taken out into the party.
/// </summary>
internal static class PersonNames
{
    /// <summary>The name with white space collapsed, and the party letter it ended in, if any.</summary>
    public static (string Name, string? Party) Split(string text)
    {
        var name = Collapse(text);
        if (name.Length > 4 && name[^1] == ')')
        {
            var open = name.LastIndexOf('(');
            var inside = open > 0 ? name.AsSpan(open + 1, name.Length - open - 2).Trim() : default;
            if (open > 0 && inside.Length is >= 1 and <= 2 && IsPartyLetters(inside))
            {
                return (name[..open].TrimEnd(), inside.ToString());
            }
        }

        return (name, null);
    }

    /// <summary>Text with every run of white space (no-break spaces included) made one space, and trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A role as written (<c>Formand</c>, <c>Medlem</c>); null when it is none the model knows.</summary>
    public static MemberRole? Role(string text) => Collapse(text).ToLowerInvariant() switch
    {
        "formand" or "borgmester" or "udvalgsformand" => MemberRole.Chair,
        "næstformand" or "naestformand" => MemberRole.ViceChair,
        "medlem" or "udvalgsmedlem" or "byrådsmedlem" or "kommunalbestyrelsesmedlem" => MemberRole.Member,
        "suppleant" or "stedfortræder" => MemberRole.Substitute,
        _ => null,
    };

    private static bool IsPartyLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterUpper(c) || c is 'Æ' or 'Ø' or 'Å'))
            {
                return false;
            }
        }

        return true;
    }
}
