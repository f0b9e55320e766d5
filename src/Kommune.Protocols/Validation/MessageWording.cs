using System.Globalization;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Validation;

/// <summary>Words a finding in a language: its template filled with its arguments, dates and times written as the language writes them in messages.</summary>
internal static class MessageWording
{
    public static string Word(Language language, IValidationRule rule, Finding finding)
    {
        if (finding.Message is { } message)
        {
            return message;
        }

        var key = finding.MessageKey ?? rule.Code;
        if (!language.Has(key))
        {
            // A rule of the user's own with no template in this language: its description still says what is wrong.
            return rule.Description;
        }

        var arguments = new (string Name, string Value)[finding.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (name, value) = finding.Arguments[i];
            arguments[i] = (name, Text(language, value));
        }

        return language.Format(key, arguments);
    }

    private static string Text(Language language, object value) => value switch
    {
        string text => text,
        LocalTime time => language.Format(MessageKeys.Time, ("h", time.Hour.ToString(CultureInfo.InvariantCulture)), ("hh", time.Hour.ToString("00", CultureInfo.InvariantCulture)), ("mm", time.Minute.ToString("00", CultureInfo.InvariantCulture))),
        LocalDate date => language.Format(MessageKeys.Date, ("dd", date.Day.ToString("00", CultureInfo.InvariantCulture)), ("mm", date.Month.ToString("00", CultureInfo.InvariantCulture)), ("yyyy", date.Year.ToString("0000", CultureInfo.InvariantCulture))),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>The keys of the templates that write dates and times in messages.</summary>
internal static class MessageKeys
{
    public const string Time = "messageTime";
    public const string Date = "messageDate";
    public const string Errors = "validationErrors";
}
