namespace Kommune.Protocols.Validation.Rules;

/// <summary>Reports one kind of problem the scheduler finds (KP5xx), so the plan is checked with everything else.</summary>
internal sealed class TimePlanRule(string code, Severity severity, string description) : Rule(code, severity, description)
{
    public override IEnumerable<Finding> Check(ValidationContext context) =>
        context.Schedule.Problems
            .Where(p => p.Code == Code)
            .Select(p => new Finding(p.Path, p.Danish, p.English, p.Severity));
}
