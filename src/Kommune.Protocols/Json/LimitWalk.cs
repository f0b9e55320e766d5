using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Json.Converters;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Json;

/// <summary>
/// Checks a meeting against <see cref="MeetingLimits"/> (all but the JSON size) by walking the
/// JSON contract, not the model by hand: a member added to the model and the contract is
/// checked without touching this, and paths use the same names as the JSON and validation.
/// It stops descending at the first limit passed, so a meeting nested without bound in code
/// cannot exhaust the stack here.
/// </summary>
internal sealed class LimitWalk
{
    private static readonly JsonSerializerOptions Contract = MeetingJsonOptions.Writing;

    private static readonly Dictionary<Type, IEnumNames> Enums = Contract.Converters
        .OfType<IEnumNames>()
        .ToDictionary(c => ((System.Text.Json.Serialization.JsonConverter)c).Type!);

    // Per type, the members that can pass a limit: a date, a time, a number or a flag cannot, and
    // reading one through the contract would box it (2.3 MB per 2,000-item meeting, every validation
    // and every JSON write).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, JsonPropertyInfo[]> Checked = new();

    // The path as segments (a name, or an index when the name is null), made text only for a violation.
    private readonly List<(string? Name, int Index)> path = [];
    private int subItemDepth = -1;
    private int tableDepth;

    public static MeetingLimitViolation? Check(Meeting meeting)
    {
        var walk = new LimitWalk();
        return walk.CountItems(meeting.Items, 0) ?? walk.Visit(MeetingDocument.From(meeting));
    }

    private MeetingLimitViolation? CountItems(ValueList<AgendaItem> items, int depth)
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

    private MeetingLimitViolation? Visit(object value) => value switch
    {
        string text => Text(text),
        ICountedList { Count: 0 } => null,
        TextRun run => Member("text", run.Text),
        Duration duration => duration <= MeetingLimits.MaxDuration && duration >= -MeetingLimits.MaxDuration
            ? null
            : Violation(MeetingLimitKind.Duration, $"the duration {duration.TotalDays:0.##} days is beyond {MeetingLimits.MaxDuration.TotalDays:0} days either way (MeetingLimits.MaxDuration)."),
        Enum named => Enums.TryGetValue(named.GetType(), out var names) && !names.IsDefined(named)
            ? Violation(MeetingLimitKind.EnumValue, $"{named} is not one of the values the format knows: {names.Expected}.")
            : null,
        CaseNumber or DocumentNumber => Text(value.ToString()!),
        ValueType or ItemNumber => null,
        IEnumerable list => List(list),
        _ => Object(value),
    };

    private static bool CanPassALimit(JsonPropertyInfo property)
    {
        if (property.Get is null)
        {
            return false;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return !type.IsValueType || type.IsEnum || type == typeof(Duration);
    }

    private MeetingLimitViolation? List(IEnumerable list)
    {
        var index = 0;
        foreach (var element in list)
        {
            path.Add((null, index++));
            var found = element is null ? null : Visit(element);
            path.RemoveAt(path.Count - 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private MeetingLimitViolation? Object(object value)
    {
        var info = Contract.GetTypeInfo(value.GetType());
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return null;
        }

        var isItem = value is AgendaItem;
        var isTable = value is Table;
        subItemDepth += isItem ? 1 : 0;
        tableDepth += isTable ? 1 : 0;
        try
        {
            if (subItemDepth > MeetingLimits.MaxSubItemNesting)
            {
                return Violation(MeetingLimitKind.SubItemNesting, $"sub-items nest deeper than {MeetingLimits.MaxSubItemNesting} levels (MeetingLimits.MaxSubItemNesting).");
            }

            if (tableDepth > MeetingLimits.MaxTableNesting)
            {
                return Violation(MeetingLimitKind.TableNesting, $"tables nest deeper than {MeetingLimits.MaxTableNesting} tables in table cells (MeetingLimits.MaxTableNesting).");
            }

            var properties = Checked.GetOrAdd(info.Type, static (_, info) => [.. info.Properties.Where(CanPassALimit)], info);
            for (var i = 0; i < properties.Length; i++)
            {
                if (properties[i].Get!.Invoke(value) is { } member && Member(properties[i].Name, member) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
        finally
        {
            subItemDepth -= isItem ? 1 : 0;
            tableDepth -= isTable ? 1 : 0;
        }
    }

    private MeetingLimitViolation? Member(string name, object value)
    {
        path.Add((name, 0));
        var found = Visit(value);
        path.RemoveAt(path.Count - 1);
        return found;
    }

    private MeetingLimitViolation? Text(string text)
    {
        // Only surrogates can be unpaired; most text has none, and the search is vectorized.
        var span = text.AsSpan();
        var at = span.IndexOfAny(TextCharacters.Surrogates);
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(span[at]) || at + 1 >= span.Length || !char.IsLowSurrogate(span[at + 1]))
            {
                return Violation(MeetingLimitKind.UnpairedSurrogate, $"the text holds an unpaired surrogate (U+{(int)span[at]:X4}) at character {text.Length - span.Length + at}, which JSON cannot carry (it would be written as U+FFFD).");
            }

            span = span[(at + 2)..];
            at = span.IndexOfAny(TextCharacters.Surrogates);
        }

        return null;
    }

    private MeetingLimitViolation Violation(MeetingLimitKind kind, string message)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (name, index) in path)
        {
            if (name is null)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return new MeetingLimitViolation(kind, text.ToString(), message);
    }
}
