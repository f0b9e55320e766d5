using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Open or closed, failing closed: anything but a clear "open" is closed, and anything unclear
/// is reported, so an item is never published by mistake.
/// </summary>
internal static class AccessValues
{
    /// <summary>An item's access from a yes/no "is public" value.</summary>
    public static Access Item(ImportContext context, bool? open, SourceElement? at, SourceElement item, string? raw)
    {
        if (open is { } known)
        {
            return known ? Access.Open : Access.Closed;
        }

        context.Report(ImportCodes.AccessUnknown, at ?? item, raw is null
            ? "the item does not say whether it is open or closed; it was imported as closed."
            : $"the item's open/closed value '{SourceValues.Shorten(raw)}' is not known; it was imported as closed.");
        return Access.Closed;
    }

    /// <summary>Whether an access word says open (<c>Åben</c>, <c>Offentlig</c>, <c>Public</c>) or closed (<c>Lukket</c>, <c>Fortrolig</c>); null when neither.</summary>
    public static bool? OpenWord(string? text)
    {
        var word = SourceValues.Line(text)?.ToLowerInvariant();
        if (word is null)
        {
            return null;
        }

        if (word.StartsWith("åben", StringComparison.Ordinal) || word.StartsWith("aaben", StringComparison.Ordinal) || word.StartsWith("åbent", StringComparison.Ordinal)
            || word.StartsWith("offentlig", StringComparison.Ordinal) || word is "public" or "open")
        {
            return true;
        }

        if (word.StartsWith("lukket", StringComparison.Ordinal) || word.StartsWith("fortrolig", StringComparison.Ordinal) || word.StartsWith("ikke offentlig", StringComparison.Ordinal)
            || word.StartsWith("intern", StringComparison.Ordinal) || word is "closed" or "private" or "confidential" or "restricted" or "personfølsom")
        {
            return false;
        }

        return Flags.Parse(word);
    }
}
