namespace Kommune.Protocols.Validation.Rules;

internal sealed class ConflictedDoesNotVote() : Rule("KP403", Severity.Error, "A member with a conflict of interest on an item does not vote on it.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (item.ConflictsOfInterest.Count == 0 || item.Decision is not { } decision)
            {
                continue;
            }

            // By key or by name: the same member may be written either way.
            var conflicted = new HashSet<string>(item.ConflictsOfInterest.Select(c => Canonical(context, c.Name)), StringComparer.Ordinal);
            for (var v = 0; v < decision.Votes.Count; v++)
            {
                var vote = decision.Votes[v];
                foreach (var name in vote.For.Members.Concat(vote.Against.Members).Concat(vote.Abstaining.Members).Concat(vote.Reservation.Members))
                {
                    if (conflicted.Contains(Canonical(context, name)))
                    {
                        yield return new Finding($"{path}.decision.votes[{v}]", ("name", name), ("number", ValidationContext.ItemName(item)));
                    }
                }
            }
        }
    }

    private static string Canonical(ValidationContext context, string reference) => context.Attendance.Find(reference)?.Reference ?? reference;
}
