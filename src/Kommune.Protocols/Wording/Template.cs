using System.Text;

namespace Kommune.Protocols;

/// <summary>
/// A parsed template: literal text and <c>{name}</c> placeholders (<c>{{</c> and <c>}}</c> are
/// literal braces). Filled in one pass, so an argument's text is never read as a template:
/// a remark author written as <c>{text}</c> prints as <c>{text}</c>. A placeholder whose first
/// letter is a capital (<c>{Weekday}</c>) prints its argument (<c>{weekday}</c>) with a capital first
/// letter, so a house style can start a line with a word the language writes in lower case.
/// </summary>
internal sealed class Template
{
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    private readonly (string Text, bool IsPlaceholder)[] parts;

    private Template((string, bool)[] parts, string source)
    {
        this.parts = parts;
        Source = source;
    }

    public string Source { get; }

    public IEnumerable<string> Placeholders => parts.Where(p => p.IsPlaceholder).Select(p => p.Text);

    /// <summary>Parses a template.</summary>
    /// <exception cref="FormatException">A brace is not closed, or a placeholder name is empty or not a plain name.</exception>
    public static Template Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = new List<(string, bool)>();
        var literal = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '{' && i + 1 < source.Length && source[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < source.Length && source[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = source.IndexOf('}', i + 1);
                var name = close < 0 ? string.Empty : source[(i + 1)..close];
                if (name.Length == 0 || !name.All(char.IsAsciiLetterOrDigit))
                {
                    throw new FormatException($"The template \"{source}\" has a placeholder at position {i} that is not a plain {{name}} (write {{{{ for a literal brace).");
                }

                if (literal.Length > 0)
                {
                    parts.Add((literal.ToString(), false));
                    literal.Clear();
                }

                parts.Add((name, true));
                i = close;
            }
            else if (c == '}')
            {
                throw new FormatException($"The template \"{source}\" has a lone '}}' at position {i} (write }}}} for a literal brace).");
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add((literal.ToString(), false));
        }

        return new Template([.. parts], source);
    }

    /// <summary>Whether the template prints this argument (by name or capitalized).</summary>
    public bool Uses(string name)
    {
        foreach (var (part, isPlaceholder) in parts)
        {
            if (isPlaceholder && (string.Equals(part, name, StringComparison.Ordinal) || string.Equals(part, Capitalized(name), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every placeholder has an argument (by name or capitalized).</summary>
    public bool CanFill(ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach (var (part, isPlaceholder) in parts)
        {
            if (isPlaceholder && Find(part, arguments) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fills the placeholders; a placeholder without an argument is left as written.</summary>
    public string Fill(ReadOnlySpan<(string Name, string Value)> arguments)
    {
        if (parts.Length == 1 && !parts[0].IsPlaceholder)
        {
            return parts[0].Text;
        }

        // Papers fill tens of thousands of templates; one builder per thread spares an allocation (and its buffer) per fill.
        var text = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        text.Clear();
        foreach (var (part, isPlaceholder) in parts)
        {
            if (!isPlaceholder)
            {
                text.Append(part);
                continue;
            }

            if (Find(part, arguments) is { } value)
            {
                text.Append(value);
            }
            else
            {
                text.Append('{').Append(part).Append('}');
            }
        }

        var filled = text.ToString();
        if (text.Capacity <= 1024)
        {
            cachedBuilder = text;
        }

        return filled;
    }

    private static string? Find(string placeholder, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach (var (name, value) in arguments)
        {
            if (string.Equals(name, placeholder, StringComparison.Ordinal))
            {
                return value;
            }
        }

        // {Weekday} asks for {weekday} with a capital first letter (only when no argument is named {Weekday} itself).
        if (placeholder.Length > 0 && char.IsAsciiLetterUpper(placeholder[0]))
        {
            var lower = char.ToLowerInvariant(placeholder[0]) + placeholder[1..];
            foreach (var (name, value) in arguments)
            {
                if (string.Equals(name, lower, StringComparison.Ordinal))
                {
                    return value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
                }
            }
        }

        return null;
    }

    private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
