using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class GuestAttendsItem() : Rule("KP407", Severity.Warning, "A guest in a time-plan slot is among the guests of that item (when the item lists guests).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Meeting.TimePlan is not { } plan)
        {
            yield break;
        }

        var guestsByItem = new Dictionary<ItemNumber, HashSet<string>>();
        foreach (var (_, item) in context.AllItems)
        {
            if (item.Guests.Count > 0 && item.Number is not null)
            {
                guestsByItem.TryAdd(item.Number!, new HashSet<string>(item.Guests.Select(g => g.Name), StringComparer.Ordinal));
            }
        }

        for (var s = 0; s < plan.Slots.Count; s++)
        {
            var slot = plan.Slots[s];
            if (slot.Item is null || !guestsByItem.TryGetValue(slot.Item, out var attending))
            {
                continue;
            }

            for (var g = 0; g < slot.Guests.Count; g++)
            {
                if (!attending.Contains(slot.Guests[g].Name))
                {
                    yield return new Finding($"timePlan.slots[{s}].guests[{g}]", ("name", slot.Guests[g].Name), ("number", slot.Item));
                }
            }
        }
    }
}
