namespace Kommune.Protocols.Model;

/// <summary>
/// Who took part in which item, derived from what the meeting records once: each member's
/// attendance, the items they were absent for, when they left or arrived (in the order the items
/// were handled), the item's own list of absentees and its conflicts of interest. The paper uses
/// it to count a vote given by parties and to print who was absent for an item; validation uses
/// it to find a vote by someone who was not there. Built once per meeting; read-only after.
/// </summary>
public sealed class MeetingAttendance
{
    private readonly Meeting meeting;
    private readonly Dictionary<AgendaItem, int> position = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ItemNumber, int> positionByNumber = [];
    private readonly Dictionary<string, Member> byReference = new(StringComparer.Ordinal);

    private MeetingAttendance(Meeting meeting)
    {
        this.meeting = meeting;
        var order = HandlingOrder(meeting.Items);
        for (var i = 0; i < order.Count; i++)
        {
            position[order[i]] = i;
            if (order[i].Number is { } number)
            {
                positionByNumber.TryAdd(number, i);
            }
        }

        foreach (var member in meeting.Members)
        {
            byReference.TryAdd(member.Reference, member);
        }

        // A name finds a member with a key too, unless another member's key is that name.
        foreach (var member in meeting.Members)
        {
            byReference.TryAdd(member.Name, member);
        }
    }

    /// <summary>The items in the order they were handled (sub-items right after their item), for deriving presence.</summary>
    public IReadOnlyList<AgendaItem> ItemsInHandlingOrder => [.. position.OrderBy(p => p.Value).Select(p => p.Key)];

    /// <summary>Derives the attendance of a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The attendance.</returns>
    public static MeetingAttendance Of(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingAttendance(meeting);
    }

    /// <summary>The member a reference names (a key, or a name), or null for someone who is not a member.</summary>
    /// <param name="reference">A member's key or name.</param>
    /// <returns>The member, or null.</returns>
    public Member? Find(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return byReference.GetValueOrDefault(reference);
    }

    /// <summary>Whether the member took part in the item: at the meeting, not absent for it, not gone or not yet come.</summary>
    /// <param name="member">The member.</param>
    /// <param name="item">An item of the meeting.</param>
    /// <returns>Whether the member was there for the item.</returns>
    public bool WasPresent(Member member, AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(item);
        if (member.Attendance != AttendanceStatus.Present)
        {
            return false;
        }

        if (item.AbsentMembers.Contains(member.Reference) || item.AbsentMembers.Contains(member.Name))
        {
            return false;
        }

        return !position.TryGetValue(item, out var at) || !DerivedAbsent(member, at);
    }

    /// <summary>
    /// Whether the member's absence from the item follows from what is recorded elsewhere (an item
    /// range, leaving or arriving, partial attendance) rather than from the item's own list.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="item">An item of the meeting.</param>
    /// <returns>Whether the absence is derived.</returns>
    public bool IsDerivedAbsent(Member member, AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(item);
        return member.Attendance == AttendanceStatus.Present && position.TryGetValue(item, out var at) && DerivedAbsent(member, at);
    }

    /// <summary>The members present at the meeting who took part in the item, in member order.</summary>
    /// <param name="item">An item of the meeting.</param>
    /// <returns>The members.</returns>
    public IReadOnlyList<Member> PresentFor(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return [.. meeting.Members.Where(m => WasPresent(m, item))];
    }

    /// <summary>The position of an item number in handling order, or -1 when the agenda has no such item.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The position.</returns>
    public int PositionOf(ItemNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return positionByNumber.GetValueOrDefault(number, -1);
    }

    /// <summary>
    /// The number of votes on one side, as the paper prints it: the stated count; otherwise the
    /// named members plus the members of the named parties who took part in the item (not counting
    /// those with a conflict of interest, or those named on another side of the same vote); null
    /// when nothing can be counted (no members recorded), so the paper never prints a made-up 0.
    /// </summary>
    /// <param name="vote">The vote.</param>
    /// <param name="tally">One of its sides.</param>
    /// <param name="item">The item voted on.</param>
    /// <returns>The count, or null.</returns>
    public int? Count(Vote vote, VoteTally tally, AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(item);
        if (tally.Count is { } stated)
        {
            return stated;
        }

        if (tally.Parties.IsEmpty)
        {
            return tally.Members.IsEmpty ? null : tally.Members.Count;
        }

        if (meeting.Members.IsEmpty)
        {
            return tally.Members.IsEmpty ? null : tally.Members.Count;
        }

        var namedElsewhere = new HashSet<Member>(ReferenceEqualityComparer.Instance);
        foreach (var side in new[] { vote.For, vote.Against, vote.Abstaining, vote.Reservation })
        {
            if (!ReferenceEquals(side, tally))
            {
                foreach (var name in side.Members)
                {
                    if (Find(name) is { } other)
                    {
                        namedElsewhere.Add(other);
                    }
                }
            }
        }

        var conflicted = new HashSet<string>(item.ConflictsOfInterest.Select(c => c.Name), StringComparer.Ordinal);
        var counted = new HashSet<Member>(ReferenceEqualityComparer.Instance);
        var outsiders = 0;
        foreach (var name in tally.Members)
        {
            if (Find(name) is { } member)
            {
                counted.Add(member);
            }
            else
            {
                outsiders++;
            }
        }

        foreach (var member in PresentFor(item))
        {
            if (member.Party is { } party && tally.Parties.Contains(party) && !namedElsewhere.Contains(member)
                && !conflicted.Contains(member.Reference) && !conflicted.Contains(member.Name))
            {
                counted.Add(member);
            }
        }

        var total = counted.Count + outsiders;
        return total == 0 ? null : total;
    }

    private static List<AgendaItem> HandlingOrder(ValueList<AgendaItem> items)
    {
        // Items with a handling order come in that order; the rest keep their printed place around them.
        var ordered = items.Select((item, index) => (item, key: item.HandlingOrder is { } h ? h - 1 : index, index))
            .OrderBy(x => x.key).ThenBy(x => x.item.HandlingOrder is null ? 1 : 0).ThenBy(x => x.index)
            .Select(x => x.item);
        var flat = new List<AgendaItem>();
        foreach (var item in ordered)
        {
            Add(item);
        }

        return flat;

        void Add(AgendaItem item)
        {
            flat.Add(item);
            foreach (var sub in item.SubItems)
            {
                Add(sub);
            }
        }
    }

    private bool DerivedAbsent(Member member, int at)
    {
        if (member.Partial is { } partial)
        {
            if (partial.FromItem is { } from && PositionOf(from) is var f && f >= 0 && at < f)
            {
                return true;
            }

            if (partial.ToItem is { } to && PositionOf(to) is var t && t >= 0 && at > t)
            {
                return true;
            }
        }

        foreach (var range in member.AbsentItems)
        {
            var from = range.From is { } a ? PositionOf(a) : 0;
            var to = range.To is { } b ? PositionOf(b) : int.MaxValue;
            if (from >= 0 && to >= 0 && at >= from && at <= to)
            {
                return true;
            }
        }

        // Leaving and arriving, in order: the last movement at or before this item decides.
        var present = !member.Movements.Any(m => m.Kind == MovementKind.Arrived && m.Item is not null);
        foreach (var movement in member.Movements)
        {
            if (movement.Item is not { } item || PositionOf(item) is var p && p < 0)
            {
                continue;
            }

            // The first item the movement's new state applies to.
            var from = movement.Timing switch
            {
                MovementTiming.Before => p,
                MovementTiming.After => p + 1,
                _ => movement.Kind == MovementKind.Left ? p : p + 1,
            };
            if (at >= from)
            {
                present = movement.Kind == MovementKind.Arrived;
            }
        }

        return !present;
    }
}
