namespace Kommune.Protocols.Validation.Rules;

/// <summary>
/// The meeting is within <see cref="MeetingLimits"/>, so every reader and writer takes it. The
/// validator checks this first, by a walk that stops at the limit: a meeting too large or nested
/// too deep is reported by this rule alone, since the other rules would walk all of it.
/// </summary>
internal sealed class WithinLimits() : Rule("KP108", Severity.Error, "The meeting is within the limits every reader and writer shares (items, nesting, durations, values JSON can carry).")
{
    public override IEnumerable<Finding> Check(ValidationContext context) =>
        context.LimitViolation is { } violation ? [Of(violation)] : [];

    public static Finding Of(MeetingLimitViolation violation) => violation.Kind switch
    {
        MeetingLimitKind.Items => Finding.Keyed(violation.Path, "KP108Items", ("limit", MeetingLimits.MaxItems)),
        MeetingLimitKind.SubItemNesting => Finding.Keyed(violation.Path, "KP108SubItems", ("limit", MeetingLimits.MaxSubItemNesting)),
        MeetingLimitKind.TableNesting => Finding.Keyed(violation.Path, "KP108Tables", ("limit", MeetingLimits.MaxTableNesting)),
        MeetingLimitKind.Duration => Finding.Keyed(violation.Path, "KP108Duration", ("limit", (int)MeetingLimits.MaxDuration.TotalDays)),
        MeetingLimitKind.UnpairedSurrogate => Finding.Keyed(violation.Path, "KP108Surrogate"),
        MeetingLimitKind.JsonSize => Finding.Keyed(violation.Path, "KP108Size", ("limit", MeetingLimits.MaxJsonBytes / (1024 * 1024))),
        _ => Finding.Keyed(violation.Path, "KP108Value"),
    };
}
