using Kommune.Protocols.Model;
using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Validation;

/// <summary>The meeting under validation, with lookups computed once and shared by all rules (so validation stays linear).</summary>
public sealed class ValidationContext
{
    private readonly Lazy<Schedule> schedule;
    private readonly Lazy<MeetingAttendance> attendance;

    internal ValidationContext(Meeting meeting, DocumentStage stage)
    {
        Meeting = meeting;
        Stage = stage;
        var all = new List<(string, AgendaItem)>();
        Collect(meeting.Items, "items", all);
        AllItems = all;
        MemberNames = new HashSet<string>(meeting.Members.Select(m => m.Name).Concat(meeting.Members.Where(m => m.Key is not null).Select(m => m.Key!)), StringComparer.Ordinal);
        PresentMembers = new HashSet<string>(meeting.Members.Where(m => m.Attendance == AttendanceStatus.Present).SelectMany(m => new[] { m.Name, m.Reference }), StringComparer.Ordinal);
        schedule = new Lazy<Schedule>(() => MeetingScheduler.Schedule(meeting));
        attendance = new Lazy<MeetingAttendance>(() => MeetingAttendance.Of(meeting));
    }

    /// <summary>The meeting.</summary>
    public Meeting Meeting { get; }

    /// <summary>The stage validated against.</summary>
    public DocumentStage Stage { get; }

    /// <summary>Whether the stage is a protocol (held, approved or signed).</summary>
    public bool IsProtocol => Stage >= DocumentStage.Protocol;

    /// <summary>Every item, sub-items included, with its path.</summary>
    public IReadOnlyList<(string Path, AgendaItem Item)> AllItems { get; }

    /// <summary>Who took part in which item (computed once, on first use).</summary>
    public MeetingAttendance Attendance => attendance.Value;

    /// <summary>The names and keys of all members and substitutes.</summary>
    public IReadOnlySet<string> MemberNames { get; }

    /// <summary>The names and keys of members marked present.</summary>
    public IReadOnlySet<string> PresentMembers { get; }

    /// <summary>How messages name an item: its number, or its title in quotes when it has none.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The name.</returns>
    public static string ItemName(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Number?.ToString() ?? $"'{item.Title}'";
    }

    /// <summary>The computed time plan (computed once, on first use).</summary>
    public Schedule Schedule => schedule.Value;

    private static void Collect(ValueList<AgendaItem> items, string prefix, List<(string, AgendaItem)> all)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{prefix}[{i}]";
            all.Add((path, items[i]));
            Collect(items[i].SubItems, $"{path}.subItems", all);
        }
    }
}
