namespace Kommune.Protocols.Validation.Rules;

internal sealed class VotesWithinPresent() : Rule("KP405", Severity.Error, "A vote counts no negative number and no more votes than members present (when members are listed).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var present = context.PresentMembers.Count;
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not { } decision)
            {
                continue;
            }

            for (var v = 0; v < decision.Votes.Count; v++)
            {
                var vote = decision.Votes[v];
                var negative = Math.Min(Math.Min(vote.For.Count ?? 0, vote.Against.Count ?? 0), vote.Abstaining.Count ?? 0);
                if (negative < 0)
                {
                    yield return Finding.Keyed($"{path}.decision.votes[{v}]", "KP405Negative", ("count", negative));
                    continue;
                }

                // Summed as long: three counts near int.MaxValue must not wrap around to a small number.
                var total = (long)vote.For.Total + vote.Against.Total + vote.Abstaining.Total;
                if (context.MemberNames.Count > 0 && total > present)
                {
                    yield return new Finding($"{path}.decision.votes[{v}]", ("total", total), ("present", present));
                }
            }
        }
    }
}
