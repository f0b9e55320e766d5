namespace Kommune.Protocols;

/// <summary>Which of the <see cref="MeetingLimits"/> a meeting exceeds.</summary>
public enum MeetingLimitKind
{
    /// <summary>More items than <see cref="MeetingLimits.MaxItems"/>, sub-items included.</summary>
    Items,

    /// <summary>Sub-items nested deeper than <see cref="MeetingLimits.MaxSubItemNesting"/>.</summary>
    SubItemNesting,

    /// <summary>Tables nested deeper than <see cref="MeetingLimits.MaxTableNesting"/>.</summary>
    TableNesting,

    /// <summary>A duration beyond <see cref="MeetingLimits.MaxDuration"/> either way.</summary>
    Duration,

    /// <summary>An enum value the format has no name for.</summary>
    EnumValue,

    /// <summary>Text holding an unpaired surrogate, which JSON cannot carry.</summary>
    UnpairedSurrogate,

    /// <summary>JSON larger than <see cref="MeetingLimits.MaxJsonBytes"/>.</summary>
    JsonSize,
}
