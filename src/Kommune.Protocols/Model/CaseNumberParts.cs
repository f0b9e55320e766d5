namespace Kommune.Protocols.Model;

/// <summary>
/// Where the parts of a case number are in its text. Reading positions first and cutting the
/// strings once from the kept text means parsing a span allocates the text only once.
/// </summary>
internal readonly record struct CaseNumberParts(CaseNumberForm Form, Range? Year, Range? Serial, Range? Kle = null, Range? Facet = null, Range? Plan = null)
{
    /// <summary>The KLE prefix <c>00.32.10</c> and the separator before the facet.</summary>
    private const int KleLength = 8;

    /// <summary>The parts of a text in one of the known forms, or null.</summary>
    public static CaseNumberParts? Read(ReadOnlySpan<char> text) =>
        Journal(text, 0) ?? PlanSerialYear(text) ?? KleForms(text);

    /// <summary><c>24/5333</c> or <c>2019-012345</c>, starting at <paramref name="offset"/> of the whole text.</summary>
    private static CaseNumberParts? Journal(ReadOnlySpan<char> whole, int offset)
    {
        var text = whole[offset..];
        if (text.Length > 3 && text[2] == '/' && NumberText.IsDigits(text[..2]) && NumberText.IsDigits(text[3..]))
        {
            return new(CaseNumberForm.YearSlashSerial, offset..(offset + 2), (offset + 3)..whole.Length);
        }

        if (text.Length > 5 && text[4] == '-' && NumberText.IsDigits(text[..4]) && NumberText.IsDigits(text[5..]))
        {
            return new(CaseNumberForm.YearDashSerial, offset..(offset + 4), (offset + 5)..whole.Length);
        }

        return null;
    }

    /// <summary>
    /// <c>1-40-72-7-22</c>: two or three plan groups of one or two digits, a serial of one to six
    /// digits, a two-digit year. Conservative on purpose: four or five groups of digits only, so
    /// dates (<c>05-03-2025</c>) and other dashed text stay unrecognized.
    /// </summary>
    private static CaseNumberParts? PlanSerialYear(ReadOnlySpan<char> text)
    {
        Span<Range> groups = stackalloc Range[6];
        var count = text.Split(groups, '-');
        if (count is not (4 or 5))
        {
            return null;
        }

        for (var g = 0; g < count - 2; g++)
        {
            if (!NumberText.IsDigits(text[groups[g]], 1, 2))
            {
                return null;
            }
        }

        var serial = groups[count - 2];
        var year = groups[count - 1];
        if (!NumberText.IsDigits(text[serial], 1, 6) || !NumberText.IsDigits(text[year], 2, 2))
        {
            return null;
        }

        return new(CaseNumberForm.PlanSerialYear, year, serial, Plan: 0..groups[count - 3].End.Value);
    }

    /// <summary><c>00.32.10.S00 24/5333</c> or <c>00.32.10-S00-1-24</c>.</summary>
    private static CaseNumberParts? KleForms(ReadOnlySpan<char> text)
    {
        if (text.Length < KleLength + 4 || !KleNumber.IsKleNumber(text[..KleLength]) || !NumberText.IsFacet(text.Slice(KleLength + 1, 3)))
        {
            return null;
        }

        var kle = 0..KleLength;
        var facet = (KleLength + 1)..(KleLength + 4);
        var afterFacet = KleLength + 4;
        if (text[KleLength] == '.' && text.Length > afterFacet && text[afterFacet] == ' ')
        {
            var journalAt = text.Length - text[afterFacet..].TrimStart(' ').Length;
            return Journal(text, journalAt) is { Form: CaseNumberForm.YearSlashSerial } journal
                ? journal with { Form = CaseNumberForm.KleFacetJournal, Kle = kle, Facet = facet }
                : null;
        }

        if (text[KleLength] == '-' && text.Length > afterFacet + 1 && text[afterFacet] == '-')
        {
            var rest = text[(afterFacet + 1)..];
            var dash = rest.IndexOf('-');
            if (dash > 0 && NumberText.IsDigits(rest[..dash]) && NumberText.IsDigits(rest[(dash + 1)..], 2, 2))
            {
                var serialAt = afterFacet + 1;
                return new(CaseNumberForm.KleFacetSerialYear, (serialAt + dash + 1)..text.Length, serialAt..(serialAt + dash), kle, facet);
            }
        }

        return null;
    }
}
