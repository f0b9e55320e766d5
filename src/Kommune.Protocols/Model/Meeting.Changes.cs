namespace Kommune.Protocols.Model;

/// <summary>Conveniences that return a changed copy of a meeting (a meeting is immutable).</summary>
public sealed partial record Meeting
{
    /// <summary>
    /// The item (or sub-item: sub-items carry their whole number, <c>1.a</c>) with this number,
    /// searched in print order through the items and their sub-items.
    /// </summary>
    /// <param name="number">The item's number.</param>
    /// <returns>The first item with that number, or null when there is none.</returns>
    /// <remarks>Thread-safe (the meeting is immutable).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public AgendaItem? FindItem(ItemNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return Find(Items, number);

        static AgendaItem? Find(ValueList<AgendaItem> items, ItemNumber number)
        {
            foreach (var item in items)
            {
                if (item.Number == number)
                {
                    return item;
                }

                if (Find(item.SubItems, number) is { } sub)
                {
                    return sub;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// A copy of the meeting with one item (or sub-item) replaced by <paramref name="change"/>'s
    /// result, found by its number at any depth; every other item, and the item's place, are kept:
    /// <c>meeting.WithItem(ItemNumber.FromInt32(4), i =&gt; i with { Title = "Budget 2026" })</c>.
    /// </summary>
    /// <param name="number">The item's number (<c>4</c>, or <c>4.a</c> for a sub-item).</param>
    /// <param name="change">Given the item, returns its replacement.</param>
    /// <returns>The changed meeting.</returns>
    /// <remarks>Thread-safe (the meeting is immutable; <paramref name="change"/> is called once).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException">No item, or more than one, has that number.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="change"/> returned null.</exception>
    public Meeting WithItem(ItemNumber number, Func<AgendaItem, AgendaItem> change)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(change);
        var found = 0;
        var items = Replace(Items, number, change, ref found);
        return found switch
        {
            0 => throw new ArgumentException($"The meeting has no item {number}.", nameof(number)),
            1 => this with { Items = items },
            _ => throw new ArgumentException($"The meeting has {found} items numbered {number}; number them uniquely first.", nameof(number)),
        };
    }

    /// <summary>
    /// A copy of the meeting with the decision on one item (or sub-item) set by
    /// <paramref name="change"/>: it is given the item's decision, or, when the item has none yet,
    /// a new one with the meeting's body and date (so <see cref="Decision.Body"/> and
    /// <see cref="Decision.Date"/> match the meeting), and returns the decision to record:
    /// <c>protocol.WithDecision(ItemNumber.FromInt32(4), d =&gt; d with { Outcome = DecisionOutcome.Approved })</c>.
    /// </summary>
    /// <param name="number">The item's number (<c>4</c>, or <c>4.a</c> for a sub-item).</param>
    /// <param name="change">Given the current (or a new) decision, returns the decision to record.</param>
    /// <returns>The changed meeting (its stage is not changed: see <see cref="ToProtocol"/>).</returns>
    /// <remarks>Thread-safe (the meeting is immutable; <paramref name="change"/> is called once).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException">No item, or more than one, has that number.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="change"/> returned null.</exception>
    public Meeting WithDecision(ItemNumber number, Func<Decision, Decision> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var body = Body.Name;
        var date = Date;
        return WithItem(number, item => item with
        {
            Decision = change(item.Decision ?? new Decision { Body = body, Date = date })
                ?? throw new InvalidOperationException($"The change of item {number}'s decision returned null."),
        });
    }

    /// <summary>
    /// The agenda turned into a protocol to fill in at the meeting: the stage becomes
    /// <see cref="DocumentStage.Protocol"/> (a protocol not yet approved, printed as a draft) and
    /// everything else is kept as it is. No decision is invented: an item that has none is left
    /// without one, so <c>MeetingValidator</c> lists (KP301) every item still waiting for its
    /// decision until each is recorded, with <see cref="WithDecision"/>, or the item is marked
    /// postponed or taken off (<see cref="AgendaItem.Status"/>). Attendance, end time and
    /// signatories are the meeting's facts to record too; the validator asks for them as well.
    /// Turn the internal agenda, and make the public edition from the protocol.
    /// </summary>
    /// <returns>The protocol.</returns>
    /// <remarks>Thread-safe (the meeting is immutable).</remarks>
    /// <exception cref="InvalidOperationException">The meeting is a protocol already (its <see cref="Stage"/> is <see cref="DocumentStage.Protocol"/> or later).</exception>
    public Meeting ToProtocol() => Stage >= DocumentStage.Protocol
        ? throw new InvalidOperationException($"The meeting is a protocol already (stage {Stage}); only a draft or an agenda becomes one.")
        : this with { Stage = DocumentStage.Protocol };

    private static ValueList<AgendaItem> Replace(ValueList<AgendaItem> items, ItemNumber number, Func<AgendaItem, AgendaItem> change, ref int found)
    {
        AgendaItem[]? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var replaced = item;
            if (item.Number == number && found++ == 0)
            {
                replaced = change(item) ?? throw new InvalidOperationException($"The change of item {number} returned null.");
            }

            var subItems = Replace(replaced.SubItems, number, change, ref found);
            if (!ReferenceEquals(subItems, replaced.SubItems))
            {
                replaced = replaced with { SubItems = subItems };
            }

            if (!ReferenceEquals(replaced, item))
            {
                copy ??= items.AsSpan().ToArray();
                copy[i] = replaced;
            }
        }

        return copy is null ? items : ValueList.Wrap(copy);
    }
}
