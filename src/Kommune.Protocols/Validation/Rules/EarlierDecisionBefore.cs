namespace Kommune.Protocols.Validation.Rules;

internal sealed class EarlierDecisionBefore() : Rule("KP412", Severity.Error, "An earlier decision is dated no later than the meeting.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var h = 0; h < item.History.Count; h++)
            {
                if (item.History[h].Date is { } date && date > context.Meeting.Date)
                {
                    yield return new Finding($"{path}.history[{h}].date", ("date", date), ("meetingDate", context.Meeting.Date));
                }
            }
        }
    }
}
