using Kommune.Protocols.Formatting;

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

            if (decision.Body is { } body && body != meeting.Body?.Name)
            {
                yield return new Finding($"{path}.decision.body", $"Beslutningen er truffet af '{body}', men mødet er i '{meeting.Body?.Name}'.", $"The decision was made by '{body}', but the meeting is of '{meeting.Body?.Name}'.");
            }

            if (decision.Date is { } date && date != meeting.Date)
            {
                yield return new Finding($"{path}.decision.date", $"Beslutningen er dateret {DanishFormat.NumericDate(date)}, men mødet er {DanishFormat.NumericDate(meeting.Date)}.", $"The decision is dated {NodaTime.Text.LocalDatePattern.Iso.Format(date)}, but the meeting is on {NodaTime.Text.LocalDatePattern.Iso.Format(meeting.Date)}.");
            }
        }
    }
}
