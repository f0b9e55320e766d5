namespace Kommune.Protocols.Validation.Rules;

internal sealed class DecisionMatchesMeeting() : Rule("KP302", Severity.Warning, "A decision's body and date are the meeting's.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var meeting = context.Meeting;
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not { } decision)
            {
                continue;
            }

            if (decision.Body is { } body && body != meeting.Body.Name)
            {
                yield return Finding.Keyed($"{path}.decision.body", "KP302Body", ("body", body), ("meetingBody", meeting.Body.Name));
            }

            if (decision.Date is { } date && date != meeting.Date)
            {
                yield return Finding.Keyed($"{path}.decision.date", "KP302Date", ("date", date), ("meetingDate", meeting.Date));
            }
        }
    }
}
