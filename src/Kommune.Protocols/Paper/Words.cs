using NodaTime;

namespace Kommune.Protocols.Paper;

/// <summary>
/// What the paper says, in one language and house style: a key's template from the house style
/// when it has one, else from the language. Dates, times and lists of names are worded here too,
/// so every writer prints them the same way.
/// </summary>
internal sealed class Words(Language language, HouseStyle style)
{
    public Language Language => language;

    public HouseStyle Style => style;

    public string this[string key] => Format(key);

    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> arguments) => TemplateFor(key).Fill(arguments);

    /// <summary>Whether the key's template prints this argument (so the paper need not print it a second time elsewhere).</summary>
    public bool Uses(string key, string argument) => TemplateFor(key).Uses(argument);

    /// <summary>A house style's own line, or null when it names something this meeting does not have (<c>{end}</c> of a meeting without an end time).</summary>
    public static string? Line(string template, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var parsed = Template.Parse(template);
        return parsed.CanFill(arguments) ? parsed.Fill(arguments) : null;
    }

    private Template TemplateFor(string key) =>
        style.FindLabel(key) ?? language.Find(key) ?? throw new KeyNotFoundException($"No template for '{key}' in {language.Tag} or the house style.");

    /// <summary>A date by one of the date templates (<see cref="WordKeys.DateLong"/>, ...).</summary>
    public string Date(string key, LocalDate date) => Format(key, DateText.Arguments(date, k => this[k]));

    /// <summary>A date by a date template that may also name other things (<c>{body}</c>, <c>{start}</c>).</summary>
    public string Date(string key, LocalDate date, params ReadOnlySpan<(string Name, string Value)> more) =>
        Format(key, [.. DateText.Arguments(date, k => this[k]), .. more]);

    public string LongDate(LocalDate date) => Date(WordKeys.DateLong, date);

    /// <summary>A time of day in the house style (<c>9.00</c>, <c>9:00</c> or <c>09:00</c>).</summary>
    public string Time(LocalTime time) => style.TimeStyle switch
    {
        TimeStyle.Colon => TimeText.Format(time, ':', leadingZero: false),
        TimeStyle.Iso => TimeText.Format(time, ':', leadingZero: true),
        _ => TimeText.Format(time, '.', leadingZero: false),
    };

    public string TimeRange(LocalTime start, LocalTime? end) => end is { } e
        ? Format(WordKeys.TimeRange, ("start", Time(start)), ("end", Time(e)))
        : Format(WordKeys.TimeFrom, ("start", Time(start)));

    /// <summary><c>A</c>, <c>A og B</c>, <c>A, B og C</c>.</summary>
    public string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " " + this[WordKeys.And] + " " + names[^1],
    };

    /// <summary>The first letter in upper case, for a phrase that starts with a name written in lower case.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
