using NodaTime;

namespace Kommune.Protocols.Import;

/// <summary>
/// The meeting's date, which the model requires: the source's own when readable, else the first
/// readable of the fallbacks each format names (a decision date, the production date), else
/// 0001-01-01; either guess is reported (IMP103).
/// </summary>
internal static class MeetingDate
{
    public static LocalDate Resolve(ImportContext context, DateTimeValue? read, SourceElement? at, SourceElement root, params (string? Text, string What)[] fallbacks)
    {
        if (read is { } known)
        {
            return known.Date;
        }

        foreach (var (text, what) in fallbacks)
        {
            if (SourceValues.Line(text) is { } line && DateTimeText.TryParse(line, out var value))
            {
                context.Report(ImportCodes.DateGuessed, at ?? root, $"the meeting date is missing or unreadable; the {what} ({NodaTime.Text.LocalDatePattern.Iso.Format(value.Date)}) was used.");
                return value.Date;
            }
        }

        context.Report(ImportCodes.DateGuessed, at ?? root, "the meeting date is missing or unreadable and nothing else in the source dates the meeting; it was set to 0001-01-01.");
        return new LocalDate(1, 1, 1);
    }
}
