using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>How the exports word attendance (<c>Deltager</c>, <c>Afbud</c>, <c>Fraværende</c>, <c>Udeblev</c>).</summary>
internal static class AttendanceWords
{
    /// <summary>
    /// The attendance a word gives; null when the word is none of these. "Absent" without a word
    /// on notice (<c>Fraværende</c>) is <see cref="AttendanceStatus.Absent"/>: saying more would be a guess.
    /// </summary>
    public static AttendanceStatus? Read(string? text)
    {
        var word = SourceValues.Line(text)?.ToLowerInvariant();
        if (word is null)
        {
            return null;
        }

        // "uden afbud" before "afbud", "ikke mødt" before "mødt": the longer phrase decides.
        if (word.Contains("udeblev", StringComparison.Ordinal) || word.Contains("uden afbud", StringComparison.Ordinal))
        {
            return AttendanceStatus.AbsentWithoutNotice;
        }

        if (word.Contains("afbud", StringComparison.Ordinal) || word.Contains("meldt fra", StringComparison.Ordinal) || word.Contains("forfald", StringComparison.Ordinal))
        {
            return AttendanceStatus.AbsentWithNotice;
        }

        if (word.Contains("fravær", StringComparison.Ordinal) || word.Contains("ikke", StringComparison.Ordinal) || word.Contains("absent", StringComparison.Ordinal))
        {
            return AttendanceStatus.Absent;
        }

        if (word.Contains("deltag", StringComparison.Ordinal) || word.Contains("til stede", StringComparison.Ordinal) || word.Contains("mødt", StringComparison.Ordinal)
            || word.Contains("present", StringComparison.Ordinal) || word is "ja" or "true")
        {
            return AttendanceStatus.Present;
        }

        return null;
    }

    /// <summary>Attendance from a word, reporting an unknown word (IMP302).</summary>
    public static AttendanceStatus Resolve(ImportContext context, string? text, SourceElement at, string name)
    {
        if (Read(text) is { } status)
        {
            return status;
        }

        if (SourceValues.Line(text) is { } line)
        {
            context.Report(ImportCodes.AttendanceUnknown, at, $"the attendance '{SourceValues.Shorten(line)}' of {name} is not known; {name} was recorded as present.");
        }

        return AttendanceStatus.Present;
    }
}
