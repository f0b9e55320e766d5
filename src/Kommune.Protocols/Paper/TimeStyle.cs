namespace Kommune.Protocols.Paper;

/// <summary>How the paper writes times of day.</summary>
public enum TimeStyle
{
    /// <summary><c>9.00</c>, <c>19.30</c>: the Danish standard (the default).</summary>
    Dot,

    /// <summary><c>9:00</c>, <c>19:30</c>.</summary>
    Colon,

    /// <summary><c>09:00</c>, <c>19:30</c>: ISO 8601 to the minute.</summary>
    Iso,
}
