using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Validation.Rules;

/// <summary>Reports the scheduler's problems of some kinds under one code (KP5xx), so the plan is checked with everything else.</summary>
internal sealed class TimePlanRule(string code, Severity severity, string description, params ScheduleProblemKind[] kinds) : Rule(code, severity, description)
{
    public static IReadOnlyList<TimePlanRule> All { get; } =
    [
        new("KP501", Severity.Error, "The time plan runs past the meeting's end.", ScheduleProblemKind.PastEnd),
        new("KP502", Severity.Error, "A fixed start lies before the previous slot ends (overlap).", ScheduleProblemKind.Overlap),
        new("KP503", Severity.Error, "A slot starts before the meeting.", ScheduleProblemKind.BeforeMeeting),
        new("KP504", Severity.Error, "An item slot points to no item of the meeting.", ScheduleProblemKind.UnknownItem),
        new("KP505", Severity.Warning, "An item has no slot while others have one.", ScheduleProblemKind.MissingSlot),
        new("KP506", Severity.Warning, "A slot's length cannot be known (no duration and no fixed time after it), or is negative.", ScheduleProblemKind.UnknownLength, ScheduleProblemKind.NegativeLength),
        new("KP507", Severity.Error, "The plan has no start: neither the meeting nor the first slot has a time.", ScheduleProblemKind.NoStart),
        new("KP508", Severity.Error, "The plan's times lie within the dates the calendar can hold.", ScheduleProblemKind.OutOfRange),
    ];

    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var problems = context.Schedule.Problems;
        for (var i = 0; i < problems.Count; i++)
        {
            if (Array.IndexOf(kinds, problems[i].Kind) >= 0)
            {
                yield return Word(problems[i]);
            }
        }
    }

    private static Finding Word(ScheduleProblem p) => p.Kind switch
    {
        ScheduleProblemKind.PastEnd => new(p.Path, ("end", p.Time!.Value), ("meetingEnd", p.Limit!.Value)),
        ScheduleProblemKind.Overlap => new(p.Path, ("start", p.Time!.Value), ("previousEnd", p.Limit!.Value)),
        ScheduleProblemKind.UnknownItem when p.Item is null => Finding.Keyed(p.Path, "KP504None"),
        ScheduleProblemKind.UnknownItem => new(p.Path, ("number", p.Item)),
        ScheduleProblemKind.MissingSlot => new(p.Path, ("number", p.Item!)),
        ScheduleProblemKind.NegativeLength => Finding.Keyed(p.Path, "KP506Negative"),
        _ => new(p.Path),
    };
}
