using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>Reading single values from the source, with what goes wrong reported where it happened.</summary>
internal static class SourceValues
{
    /// <summary>The element's text on one line (white space collapsed), or null when missing or blank.</summary>
    public static string? Line(SourceElement? element) => Line(element?.Text);

    /// <summary>The text on one line (white space collapsed), or null when missing or blank.</summary>
    public static string? Line(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = PersonNames.Collapse(text);
        return line.Length == 0 ? null : line;
    }

    /// <summary>A date (and time) from text, reporting unreadable text (IMP102) and converted instants (IMP106) against <paramref name="at"/>.</summary>
    public static DateTimeValue? Date(ImportContext context, string? text, SourceElement? at, string what)
    {
        if (Line(text) is not { } line)
        {
            return null;
        }

        if (!DateTimeText.TryParse(line, out var value))
        {
            context.Report(ImportCodes.BadDate, at, $"the {what} '{Shorten(line)}' is not a date this import reads; it was left out.");
            return null;
        }

        if (value.FromInstant)
        {
            context.Count(ImportCodes.Converted, at ?? throw new InvalidOperationException("an instant needs a place"), "instant", $"the {what} '{line}' is a UTC instant; it was converted to Danish local time ({NodaTime.Text.LocalDatePattern.Iso.Format(value.Date)}{(value.Time is { } t ? " " + Formatting.DanishFormat.IsoTime(t) : string.Empty)})");
        }

        return value;
    }

    /// <summary>A time of day alone, reporting unreadable text (IMP102).</summary>
    public static NodaTime.LocalTime? Time(ImportContext context, string? text, SourceElement? at, string what)
    {
        if (Line(text) is not { } line)
        {
            return null;
        }

        if (DateTimeText.TryParseTime(line, out var time))
        {
            return time;
        }

        context.Report(ImportCodes.BadDate, at, $"the {what} '{Shorten(line)}' is not a time this import reads; it was left out.");
        return null;
    }

    /// <summary>A case number, kept as text when its form is unknown (validation then warns, KP205).</summary>
    public static CaseNumber? CaseNumberOf(SourceElement? element) => Line(element) is { } text ? CaseNumber.FromText(text) : null;

    /// <summary>A case number, kept as text when its form is unknown (validation then warns, KP205).</summary>
    public static CaseNumber? CaseNumberOf(string? text) => Line(text) is { } line ? CaseNumber.FromText(line) : null;

    /// <summary>A document number, kept as text when its form is unknown (validation then warns, KP206).</summary>
    public static DocumentNumber? DocumentNumberOf(string? text) => Line(text) is { } line ? DocumentNumber.FromText(line) : null;

    /// <summary>Text short enough to quote in a report line.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
