namespace Kommune.Protocols.Model;

/// <summary>Which written form a <see cref="CaseNumber"/> had.</summary>
public enum CaseNumberForm
{
    /// <summary>Not a known form; kept as raw text.</summary>
    Unrecognized,

    /// <summary><c>24/5333</c>: two-digit year / serial.</summary>
    YearSlashSerial,

    /// <summary><c>2019-012345</c>: four-digit year - serial.</summary>
    YearDashSerial,

    /// <summary><c>00.32.10.S00 24/5333</c>: KLE number, facet, then year / serial (as printed by e.g. First Agenda).</summary>
    KleFacetJournal,

    /// <summary><c>00.32.10-S00-1-24</c>: KLE number - facet - serial - year.</summary>
    KleFacetSerialYear,
}
