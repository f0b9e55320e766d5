namespace Kommune.Protocols.Validation.Rules;

internal sealed class VotePointExists() : Rule("KP406", Severity.Error, "A vote on a recommendation point refers to an existing point.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not { } decision)
            {
                continue;
            }

            var points = item.Recommendation?.Points.Count ?? 0;
            for (var v = 0; v < decision.Votes.Count; v++)
            {
                if (decision.Votes[v].Point is { } point && (point < 1 || point > points))
                {
                    yield return new Finding($"{path}.decision.votes[{v}].point", ("point", point), ("points", points));
                }
            }
        }
    }
}
