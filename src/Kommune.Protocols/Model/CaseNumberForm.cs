namespace Kommune.Protocols.Model;

/// <summary>Which written form a <see cref="CaseNumber"/> had.</summary>
public enum CaseNumberForm
{
    /// <summary>Not a known form; kept as raw text.</summary>
    Unrecognized,

    /// <summary><c>24/5333</c>, <c>12/27845</c> (Acadre), <c>22/2694</c> (Aabenraa): two-digit year / serial.</summary>
    YearSlashSerial,

    /// <summary><c>2019-012345</c>, <c>2013-003869</c> (eDoc): four-digit year - serial.</summary>
    YearDashSerial,

    /// <summary>
    /// <c>00.32.10.S00 24/5333</c>, <c>00.01.00.Ø00 22/1234</c>: KLE number, facet, then year / serial
    /// (as printed by e.g. First Agenda). The facet letter may be <c>Æ</c>, <c>Ø</c> or <c>Å</c>.
    /// </summary>
    KleFacetJournal,

    /// <summary><c>00.32.10-S00-1-24</c>, <c>00.01.00-Ø00-1-22</c>: KLE number - facet - serial - two-digit year.</summary>
    KleFacetSerialYear,

    /// <summary>
    /// <c>1-40-72-7-22</c>, <c>1-51-71-3321-08</c>, <c>0-3-1-20</c> (Region Midtjylland, <i>Sagnr.</i>):
    /// two or three journal-plan groups of one or two digits, a serial of one to six digits and a
    /// two-digit year, all separated by dashes. See <see cref="CaseNumber.Plan"/>.
    /// </summary>
    PlanSerialYear,
}
