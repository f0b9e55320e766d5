namespace Kommune.Protocols.Model;

/// <summary>Which written form a <see cref="DocumentNumber"/> had.</summary>
public enum DocumentNumberForm
{
    /// <summary>Not a known form; kept as raw text.</summary>
    Unrecognized,

    /// <summary><c>29031/25</c>, <c>222359/12</c> (Acadre), <c>1/2025</c>: serial / two- or four-digit year.</summary>
    SerialSlashYear,

    /// <summary><c>2012-203438</c>: four-digit year - serial.</summary>
    YearDashSerial,

    /// <summary>
    /// <c>2016-003798-1</c> (eDoc): four-digit year - serial - sequence, the document's number
    /// within the case <c>2016-003798</c>. See <see cref="DocumentNumber.Sequence"/>.
    /// </summary>
    YearDashSerialSequence,
}
