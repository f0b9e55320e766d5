using System.Collections;
using Kommune.Protocols.Json.Converters;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Json;

/// <summary>
/// Checks a meeting against <see cref="MeetingLimits"/> (all but the JSON size) by walking the
/// JSON contract, not the model by hand: a member added to the model and the contract is
/// checked without touching this (<see cref="LimitPlan"/>), and paths use the same names as the
/// JSON and validation. It stops descending at the first limit passed, so a meeting nested
/// without bound in code cannot exhaust the stack here.
/// </summary>
internal sealed class LimitWalk
{
    private int subItemDepth = -1;
    private int tableDepth;

    public static MeetingLimitViolation? Check(Meeting meeting)
    {
        var walk = new LimitWalk();
        return CountItems(meeting.Items, 0) ?? walk.Visit(MeetingDocument.From(meeting))?.ToViolation();
    }

    private static MeetingLimitViolation? CountItems(ValueList<AgendaItem> items, int depth)
    {
        long count = 0;
        var pending = new Stack<(ValueList<AgendaItem> Items, int Depth)>();
        pending.Push((items, depth));
        while (pending.Count > 0)
        {
            var (list, level) = pending.Pop();
            count += list.Count;
            if (count > MeetingLimits.MaxItems)
            {
                return new MeetingLimitViolation(MeetingLimitKind.Items, "items", $"the meeting has more than {JsonWords.Number(MeetingLimits.MaxItems)} items, sub-items included (MeetingLimits.MaxItems).");
            }

            // Deeper sub-items are reported with their path by the walk.
            if (level <= MeetingLimits.MaxSubItemNesting)
            {
                foreach (var item in list)
                {
                    pending.Push((item.SubItems, level + 1));
                }
            }
        }

        return null;
    }

    /// <summary>A value whose shape is known from the member that holds it.</summary>
    private LimitFinding? Value(object value, LimitShape shape, LimitMember? member) => shape switch
    {
        LimitShape.Text => Text((string)value),
        LimitShape.NumberText => Text(value.ToString()!),
        LimitShape.Duration => Duration((Duration)value),
        LimitShape.Enum => Enum((Enum)value, member?.Names),
        LimitShape.List => value is ICountedList list ? List(list, member!.ElementShape, member) : Visit(value),
        LimitShape.Object => Object(value, member?.Plan ?? LimitPlan.For(value.GetType())),
        LimitShape.Skip => null,
        _ => Visit(value),
    };

    /// <summary>A value known only at run time.</summary>
    private LimitFinding? Visit(object value) => value switch
    {
        string text => Text(text),
        ICountedList list => List(list, LimitShape.Dynamic, null),
        TextRun run => Text(run.Text)?.In("text"),
        Duration duration => Duration(duration),
        Enum named => Enum(named, LimitPlan.NamesOf(named.GetType())),
        CaseNumber or DocumentNumber => Text(value.ToString()!),
        ValueType or ItemNumber => null,
        IEnumerable list => Sequence(list),
        _ => Object(value, LimitPlan.For(value.GetType())),
    };

    /// <summary>A list; the member that holds it, when known, gives its elements' shape, names and plan.</summary>
    private LimitFinding? List(ICountedList list, LimitShape elementShape, LimitMember? member)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list.ItemAt(i) is { } element && Value(element, elementShape, member) is { } found)
            {
                return found.At(i);
            }
        }

        return null;
    }

    private LimitFinding? Sequence(IEnumerable list)
    {
        var index = 0;
        foreach (var element in list)
        {
            if (element is not null && Visit(element) is { } found)
            {
                return found.At(index);
            }

            index++;
        }

        return null;
    }

    private LimitFinding? Object(object value, LimitPlan plan)
    {
        if (!plan.IsObject)
        {
            return null;
        }

        subItemDepth += plan.IsItem ? 1 : 0;
        tableDepth += plan.IsTable ? 1 : 0;
        try
        {
            if (subItemDepth > MeetingLimits.MaxSubItemNesting)
            {
                return new LimitFinding(MeetingLimitKind.SubItemNesting, $"sub-items nest deeper than {MeetingLimits.MaxSubItemNesting} levels (MeetingLimits.MaxSubItemNesting).");
            }

            if (tableDepth > MeetingLimits.MaxTableNesting)
            {
                return new LimitFinding(MeetingLimitKind.TableNesting, $"tables nest deeper than {MeetingLimits.MaxTableNesting} tables in table cells (MeetingLimits.MaxTableNesting).");
            }

            var members = plan.Members;
            for (var i = 0; i < members.Length; i++)
            {
                var member = members[i];
                if (member.Get(value) is { } held && Value(held, member.Shape, member) is { } found)
                {
                    return found.In(member.Name);
                }
            }

            return null;
        }
        finally
        {
            subItemDepth -= plan.IsItem ? 1 : 0;
            tableDepth -= plan.IsTable ? 1 : 0;
        }
    }

    private static LimitFinding? Duration(Duration duration) =>
        duration <= MeetingLimits.MaxDuration && duration >= -MeetingLimits.MaxDuration
            ? null
            : new LimitFinding(MeetingLimitKind.Duration, $"the duration {duration.TotalDays:0.##} days is beyond {MeetingLimits.MaxDuration.TotalDays:0} days either way (MeetingLimits.MaxDuration).");

    private static LimitFinding? Enum(Enum value, IEnumNames? names) =>
        names is not null && !names.IsDefined(value)
            ? new LimitFinding(MeetingLimitKind.EnumValue, $"{value} is not one of the values the format knows: {names.Expected}.")
            : null;

    private static LimitFinding? Text(string text)
    {
        // Only surrogates can be unpaired; most text has none, and the search is vectorized.
        var span = text.AsSpan();
        var at = span.IndexOfAny(TextCharacters.Surrogates);
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(span[at]) || at + 1 >= span.Length || !char.IsLowSurrogate(span[at + 1]))
            {
                return new LimitFinding(MeetingLimitKind.UnpairedSurrogate, $"the text holds an unpaired surrogate (U+{(int)span[at]:X4}) at character {text.Length - span.Length + at}, which JSON cannot carry (it would be written as U+FFFD).");
            }

            span = span[(at + 2)..];
            at = span.IndexOfAny(TextCharacters.Surrogates);
        }

        return null;
    }
}
