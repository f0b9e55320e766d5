namespace Kommune.Protocols.Validation.Rules;

internal sealed class StatementVoteExists() : Rule("KP415", Severity.Error, "A statement placed at a vote refers to a vote of the decision (it is printed after the votes otherwise).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not { } decision)
            {
                continue;
            }

            for (var s = 0; s < decision.Statements.Count; s++)
            {
                if (decision.Statements[s].Vote is { } vote && (vote < 0 || vote >= decision.Votes.Count))
                {
                    yield return new Finding($"{path}.decision.statements[{s}].vote", ("vote", vote), ("votes", decision.Votes.Count));
                }
            }
        }
    }
}
