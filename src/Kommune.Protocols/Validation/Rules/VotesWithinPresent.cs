namespace Kommune.Protocols.Validation.Rules;

internal sealed class VotesWithinPresent() : Rule("KP405", Severity.Error, "A vote counts no more votes than members present (when members are listed).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var present = context.PresentMembers.Count;
        if (context.MemberNames.Count == 0)
        {
            yield break;
        }

        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not { } decision)
            {
                continue;
            }

            for (var v = 0; v < decision.Votes.Count; v++)
            {
                var vote = decision.Votes[v];
                var total = vote.For.Total + vote.Against.Total + vote.Abstaining.Total;
                if (total > present)
                {
                    yield return new Finding($"{path}.decision.votes[{v}]", $"Afstemningen tæller {total} stemmer, men kun {present} medlemmer er til stede.", $"The vote counts {total} votes, but only {present} members are present.");
                }
            }
        }
    }
}
