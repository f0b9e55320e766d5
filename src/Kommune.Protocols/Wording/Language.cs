using System.Collections.Frozen;

namespace Kommune.Protocols;

/// <summary>
/// A language of the papers and of validation messages: every label and phrase as a keyed
/// template (<see cref="WordKeys"/>, and validation codes such as <c>KP101</c>), plus month and
/// weekday names. <see cref="Danish"/> (the default) and <see cref="English"/> are built in; a
/// new language is one class that derives from this one and calls <see cref="Set"/> for the
/// templates it translates, falling back to another language for the rest.
/// </summary>
/// <remarks>Instances are immutable once constructed and safe to share between threads.</remarks>
public abstract class Language
{
    private readonly Dictionary<string, Template> templates = new(StringComparer.Ordinal);
    private FrozenDictionary<string, Template>? frozen;

    /// <summary>Creates a language.</summary>
    /// <param name="tag">The BCP 47 tag written into documents (<c>da-DK</c>).</param>
    /// <param name="fallback">Where templates this language does not set come from; null only for a complete language.</param>
    /// <exception cref="ArgumentException">The tag is empty.</exception>
    protected Language(string tag, Language? fallback)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        Tag = tag;
        Fallback = fallback;
    }

    /// <summary>Danish, the default: <i>Beslutningsprotokol</i>, <i>Beslutning i Direktionen den 05-03-2025</i>.</summary>
    public static Language Danish => DanishLanguage.Instance;

    /// <summary>English: <i>Minutes</i>, <i>Decision of Direktionen on 5 March 2025</i>.</summary>
    public static Language English => EnglishLanguage.Instance;

    /// <summary>The BCP 47 tag (<c>da-DK</c>, <c>en-GB</c>).</summary>
    public string Tag { get; }

    /// <summary>Where templates this language does not set come from.</summary>
    public Language? Fallback { get; }

    /// <summary>Whether this language or its fallbacks have a template for <paramref name="key"/>.</summary>
    /// <param name="key">A key of <see cref="WordKeys"/> or a validation code.</param>
    /// <returns>Whether a template exists.</returns>
    public bool Has(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Find(key) is not null;
    }

    /// <summary>The template for <paramref name="key"/> as written (with its <c>{placeholders}</c>).</summary>
    /// <param name="key">A key of <see cref="WordKeys"/> or a validation code.</param>
    /// <returns>The template text.</returns>
    /// <exception cref="KeyNotFoundException">Neither this language nor its fallbacks have the key.</exception>
    public string Template(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (Find(key) ?? throw Missing(key)).Source;
    }

    /// <summary>
    /// Fills the template for <paramref name="key"/> with named arguments. Argument text is
    /// inserted as it is and never read as a template; a placeholder without an argument stays
    /// as written.
    /// </summary>
    /// <param name="key">A key of <see cref="WordKeys"/> or a validation code.</param>
    /// <param name="arguments">Name and value pairs, such as <c>("body", "Direktionen")</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">Neither this language nor its fallbacks have the key.</exception>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (Find(key) ?? throw Missing(key)).Fill(arguments);
    }

    /// <summary>The tag.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => Tag;

    /// <summary>Sets the template for a key (call from the constructor).</summary>
    /// <param name="key">A key of <see cref="WordKeys"/> or a validation code.</param>
    /// <param name="template">The text with <c>{name}</c> placeholders; <c>{{</c> and <c>}}</c> are literal braces.</param>
    /// <exception cref="FormatException">The template has a malformed placeholder.</exception>
    /// <exception cref="InvalidOperationException">The language is already in use.</exception>
    protected void Set(string key, string template)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(template);
        if (frozen is not null)
        {
            throw new InvalidOperationException("A language's templates are set in its constructor, before it is used.");
        }

        templates[key] = Kommune.Protocols.Template.Parse(template);
    }

    internal Template? Find(string key)
    {
        for (var language = this; language is not null; language = language.Fallback)
        {
            var table = language.frozen ??= language.templates.ToFrozenDictionary(StringComparer.Ordinal);
            if (table.TryGetValue(key, out var template))
            {
                return template;
            }
        }

        return null;
    }

    private KeyNotFoundException Missing(string key) => new($"The language {Tag} has no template for '{key}' (nor do its fallbacks).");
}
