using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>How the exports word attendance (<c>Deltager</c>, <c>Afbud</c>, <c>Fraværende</c>, <c>Udeblev</c>).</summary>
internal static class AttendanceWords
{
    /// <summary>
    /// The attendance a word gives, and whether it said "absent" without saying whether notice
    /// was given (the model has no such value yet); null when the word is none of these.
    /// </summary>
    public static (AttendanceStatus Status, bool KindUnknown)? Read(string? text)
    {
        var word = SourceValues.Line(text)?.ToLowerInvariant();
        if (word is null)
        {
            return null;
        }

        if (word.Contains("udeblev", StringComparison.Ordinal) || word.Contains("uden afbud", StringComparison.Ordinal))
        {
            return (AttendanceStatus.AbsentWithoutNotice, false);
        }

        if (word.Contains("afbud", StringComparison.Ordinal) || word.Contains("meldt fra", StringComparison.Ordinal))
        {
            return (AttendanceStatus.AbsentWithNotice, false);
        }

        if (word.Contains("fravær", StringComparison.Ordinal) || word.Contains("ikke", StringComparison.Ordinal) || word.Contains("absent", StringComparison.Ordinal))
        {
            return (AttendanceStatus.AbsentWithNotice, true);
        }

        if (word.Contains("deltag", StringComparison.Ordinal) || word.Contains("til stede", StringComparison.Ordinal) || word.Contains("mødt", StringComparison.Ordinal)
            || word.Contains("present", StringComparison.Ordinal) || word is "ja" or "true")
        {
            return (AttendanceStatus.Present, false);
        }

        return null;
    }

    /// <summary>Attendance from a word, reporting an unknown kind of absence (IMP301) or an unknown word (IMP302).</summary>
    public static AttendanceStatus Resolve(ImportContext context, string? text, SourceElement at, string name)
    {
        switch (Read(text))
        {
            case null when SourceValues.Line(text) is null:
                return AttendanceStatus.Present;
            case null:
                context.Report(ImportCodes.AttendanceUnknown, at, $"the attendance '{SourceValues.Shorten(SourceValues.Line(text)!)}' of {name} is not known; {name} was recorded as present.");
                return AttendanceStatus.Present;
            case ({ } status, true):
                Unknown(context, at, name);
                return status;
            case ({ } status, false):
                return status;
        }
    }

    /// <summary>Reports an absence whose kind is unknown (IMP301).</summary>
    public static void Unknown(ImportContext context, SourceElement at, string name) =>
        context.Report(ImportCodes.AbsenceKind, at, $"{name} was absent, but the source does not say whether notice was given; recorded as absent with notice (afbud).");
}
