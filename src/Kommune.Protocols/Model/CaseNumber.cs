using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// A case (journal) number (<i>sagsnummer</i>). ESDH systems write these differently; the known
/// forms are parsed into parts (<see cref="CaseNumberForm"/>), the text is kept exactly, and
/// <see cref="FromText"/> keeps any other text as <see cref="CaseNumberForm.Unrecognized"/>.
/// </summary>
public sealed record CaseNumber
{
    private readonly string text;

    private CaseNumber(string text, CaseNumberForm form, KleNumber? kle, string? facet, string? year, string? serial)
    {
        this.text = text;
        Form = form;
        Kle = kle;
        Facet = facet;
        Year = year;
        Serial = serial;
    }

    /// <summary>The form the text had.</summary>
    public CaseNumberForm Form { get; }

    /// <summary>Whether the text had a known form.</summary>
    public bool IsRecognized => Form != CaseNumberForm.Unrecognized;

    /// <summary>The KLE subject number, when the form has one.</summary>
    public KleNumber? Kle { get; }

    /// <summary>The KLE action facet (<i>handlingsfacet</i>) such as <c>S00</c>, when the form has one.</summary>
    public string? Facet { get; }

    /// <summary>The year as written (<c>24</c> or <c>2019</c>), when recognized.</summary>
    public string? Year { get; }

    /// <summary>The serial as written (<c>5333</c>, <c>012345</c>), when recognized.</summary>
    public string? Serial { get; }

    /// <summary>
    /// Parses <c>24/5333</c>, <c>2019-012345</c>, <c>00.32.10.S00 24/5333</c> (any run of spaces
    /// between the parts) or <c>00.32.10-S00-1-24</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="FormatException">The text has none of the known forms; the message lists them.</exception>
    public static CaseNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException(
                $"'{text}' is not a case number: expected '24/5333', '2019-012345', '00.32.10.S00 24/5333' or '00.32.10-S00-1-24'. Use CaseNumber.FromText to keep another form as raw text.");
    }

    /// <summary>Tries to parse a case number in one of the known forms.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The case number, when recognized.</param>
    /// <returns>Whether the text has a known form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseNumber? result)
    {
        result = text is null ? null : TryParseKnown(text);
        return result is not null;
    }

    /// <summary>Keeps any non-empty text: parsed when it has a known form, kept as raw text otherwise.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="ArgumentException">The text is empty (use <see langword="null"/> for "no case number").</exception>
    public static CaseNumber FromText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return TryParseKnown(text) ?? new CaseNumber(text, CaseNumberForm.Unrecognized, null, null, null, null);
    }

    /// <summary>The case number exactly as given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    private static CaseNumber? TryParseKnown(string text)
    {
        var span = text.AsSpan();
        if (TryJournal(span, out var year, out var serial, out var form))
        {
            return new CaseNumber(text, form, null, null, year, serial);
        }

        // KLE-prefixed forms start with 00.32.10 (8 characters) then '.' or '-' and a facet.
        if (span.Length < 12 || !KleNumber.TryParse(text[..8], out var kle))
        {
            return null;
        }

        var facet = span.Slice(9, 3);
        if (!NumberText.IsFacet(facet))
        {
            return null;
        }

        if (span[8] == '.' && span.Length > 12 && span[12] == ' ')
        {
            var rest = span[12..].TrimStart(' ');
            if (TryJournal(rest, out year, out serial, out form) && form == CaseNumberForm.YearSlashSerial)
            {
                return new CaseNumber(text, CaseNumberForm.KleFacetJournal, kle, facet.ToString(), year, serial);
            }

            return null;
        }

        if (span[8] == '-' && span.Length > 13 && span[12] == '-')
        {
            var rest = span[13..];
            var dash = rest.IndexOf('-');
            if (dash > 0 && NumberText.IsDigits(rest[..dash]) && rest.Length - dash - 1 == 2 && NumberText.IsDigits(rest[(dash + 1)..]))
            {
                return new CaseNumber(text, CaseNumberForm.KleFacetSerialYear, kle, facet.ToString(), rest[(dash + 1)..].ToString(), rest[..dash].ToString());
            }
        }

        return null;
    }

    private static bool TryJournal(ReadOnlySpan<char> span, out string? year, out string? serial, out CaseNumberForm form)
    {
        year = serial = null;
        form = CaseNumberForm.Unrecognized;
        var slash = span.IndexOf('/');
        if (slash == 2 && NumberText.IsDigits(span[..2]) && NumberText.IsDigits(span[3..]))
        {
            (year, serial, form) = (span[..2].ToString(), span[3..].ToString(), CaseNumberForm.YearSlashSerial);
            return true;
        }

        var dash = span.IndexOf('-');
        if (dash == 4 && NumberText.IsDigits(span[..4]) && NumberText.IsDigits(span[5..]))
        {
            (year, serial, form) = (span[..4].ToString(), span[5..].ToString(), CaseNumberForm.YearDashSerial);
            return true;
        }

        return false;
    }
}
