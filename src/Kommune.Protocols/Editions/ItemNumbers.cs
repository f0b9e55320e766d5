using Kommune.Protocols.Model;

namespace Kommune.Protocols.Editions;

/// <summary>
/// The agenda's item numbers split into open and closed, compared both exactly and by their
/// numeric value (<c>02</c> is <c>2</c>), so a slot that could mean a closed item is treated as one.
/// </summary>
internal sealed class ItemNumbers
{
    private readonly HashSet<ItemNumber> open = [];
    private readonly HashSet<(int Main, string? Sub)> closedValues = [];

    private ItemNumbers()
    {
    }

    public HashSet<ItemNumber> Closed { get; } = [];

    public static ItemNumbers Of(Meeting meeting)
    {
        var numbers = new ItemNumbers();
        numbers.Collect(meeting.Items, parentClosed: false);
        return numbers;
    }

    /// <summary>
    /// Whether a slot shows only open content: itself marked open and, when it names an item,
    /// naming one that is on the agenda, open, and not numerically the same as a closed one.
    /// An item slot without a number could be anything, so it is not open.
    /// </summary>
    public bool IsOpenSlot(TimeSlot slot)
    {
        if (!PublicEdition.IsOpen(slot.Access))
        {
            return false;
        }

        return slot.Item is { } number
            ? open.Contains(number) && !closedValues.Contains(Value(number))
            : slot.Kind is TimeSlotKind.Break or TimeSlotKind.Other;
    }

    private static (int, string?) Value(ItemNumber number) => (number.Main, number.Sub?.ToUpperInvariant());

    private void Collect(ValueList<AgendaItem> items, bool parentClosed)
    {
        foreach (var item in items)
        {
            var isClosed = parentClosed || !PublicEdition.IsOpen(item.Access);
            if (item.Number is not { } number)
            {
                // An unnumbered item cannot be named by a time-plan slot.
            }
            else if (isClosed)
            {
                Closed.Add(number);
                closedValues.Add(Value(number));
            }
            else
            {
                open.Add(number);
            }

            Collect(item.SubItems, isClosed);
        }
    }
}
