using System.Text;

namespace Kommune.Protocols;

/// <summary>
/// A parsed template: literal text and <c>{name}</c> placeholders (<c>{{</c> and <c>}}</c> are
/// literal braces). Filled in one pass, so an argument's text is never read as a template:
/// a remark author written as <c>{text}</c> prints as <c>{text}</c>. A placeholder whose first
/// letter is a capital (<c>{Weekday}</c>) prints its argument (<c>{weekday}</c>) with a capital first
/// letter, so a house style can start a line with a word the language writes in lower case.
/// An optional part, <c>{? kl. {start}}</c>, prints only when every placeholder in it has a
/// non-empty argument, so a date line can name the time and place a meeting may not have
/// (<c>{d}. {month} {yyyy}{? kl. {start}}{? i {location}}</c>) without a dangling <c>kl.</c> or <c>i</c>.
/// </summary>
internal sealed class Template
{
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    private readonly TemplatePart[] parts;

    private Template(TemplatePart[] parts, string source)
    {
        this.parts = parts;
        Source = source;
    }

    public string Source { get; }

    /// <summary>Every placeholder, optional parts' included.</summary>
    public IEnumerable<string> Placeholders => parts.SelectMany(p => p.Group?.Placeholders ?? (p.IsPlaceholder ? [p.Text] : []));

    /// <summary>Parses a template.</summary>
    /// <exception cref="FormatException">A brace is not closed, a placeholder name is empty or not a plain name, or an optional part is empty, unclosed or nested.</exception>
    public static Template Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var at = 0;
        var parts = ParseParts(source, ref at, inGroup: false);
        return new Template(parts, source);
    }

    /// <summary>Whether the template prints this argument (by name or capitalized).</summary>
    public bool Uses(string name)
    {
        foreach (var part in parts)
        {
            if (part.Group is { } group ? group.Uses(name) : part.IsPlaceholder && (string.Equals(part.Text, name, StringComparison.Ordinal) || string.Equals(part.Text, Capitalized(name), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every placeholder outside the optional parts has an argument (by name or capitalized).</summary>
    public bool CanFill(ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach (var part in parts)
        {
            if (part.IsPlaceholder && Find(part.Text, arguments) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fills the placeholders; a placeholder without an argument is left as written.</summary>
    public string Fill(ReadOnlySpan<(string Name, string Value)> arguments)
    {
        if (parts.Length == 1 && parts[0] is { IsPlaceholder: false, Group: null })
        {
            return parts[0].Text;
        }

        // Papers fill tens of thousands of templates; one builder per thread spares an allocation (and its buffer) per fill.
        var text = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        text.Clear();
        FillInto(text, arguments);
        var filled = text.ToString();
        if (text.Capacity <= 1024)
        {
            cachedBuilder = text;
        }

        return filled;
    }

    private static TemplatePart[] ParseParts(string source, ref int i, bool inGroup)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        for (; i < source.Length; i++)
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
            else if (c == '{' && i + 1 < source.Length && source[i + 1] == '?')
            {
                if (inGroup)
                {
                    throw new FormatException($"The template \"{source}\" has an optional part inside another at position {i}.");
                }

                Flush(parts, literal);
                var opened = i;
                i += 2;
                var group = ParseParts(source, ref i, inGroup: true);
                if (i >= source.Length || !group.Any(p => p.IsPlaceholder))
                {
                    throw new FormatException($"The template \"{source}\" has an optional part at position {opened} that is not closed or has no {{name}} in it (write {{? kl. {{start}}}}).");
                }

                parts.Add(new TemplatePart(source[opened..(i + 1)], false, new Template(group, source[(opened + 2)..i])));
            }
            else if (c == '{')
            {
                var close = source.IndexOf('}', i + 1);
                var name = close < 0 ? string.Empty : source[(i + 1)..close];
                if (name.Length == 0 || !name.All(char.IsAsciiLetterOrDigit))
                {
                    throw new FormatException($"The template \"{source}\" has a placeholder at position {i} that is not a plain {{name}} (write {{{{ for a literal brace).");
                }

                Flush(parts, literal);
                parts.Add(new TemplatePart(name, true, null));
                i = close;
            }
            else if (c == '}' && inGroup)
            {
                break;
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

        Flush(parts, literal);
        return [.. parts];
    }

    private static void Flush(List<TemplatePart> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(literal.ToString(), false, null));
            literal.Clear();
        }
    }

    private void FillInto(StringBuilder text, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach (var part in parts)
        {
            if (part.Group is { } group)
            {
                if (group.HasEvery(arguments))
                {
                    group.FillInto(text, arguments);
                }
            }
            else if (!part.IsPlaceholder)
            {
                text.Append(part.Text);
            }
            else if (Find(part.Text, arguments) is { } value)
            {
                text.Append(value);
            }
            else
            {
                text.Append('{').Append(part.Text).Append('}');
            }
        }
    }

    /// <summary>Whether every placeholder has a non-empty argument (an optional part prints only then).</summary>
    private bool HasEvery(ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach (var part in parts)
        {
            if (part.IsPlaceholder && Find(part.Text, arguments) is not { Length: > 0 })
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Literal text, a placeholder's name, or an optional part (its source text, and the part as a template).</summary>
    private readonly record struct TemplatePart(string Text, bool IsPlaceholder, Template? Group);
}
