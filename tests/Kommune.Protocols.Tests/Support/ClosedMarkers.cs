using System.Text.RegularExpressions;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Fills closed content with a unique marker in every text field the model has (by reflection,
/// through <see cref="ModelFiller"/>, so a new model field is covered at once): every closed item
/// (anything not explicitly open, and the sub-items of closed items) becomes a fully filled item
/// that keeps only its number; every closed attachment of an open item and every time-plan slot
/// tied to anything closed (marked closed, naming a closed item, naming no item or an item the
/// agenda lacks) is filled too; members get a reason for absence. The markers the policy
/// publishes (a closed item's public title, public decision, case number, or internal title
/// where the policy says so; reasons for absence where it says so) are returned apart: a public
/// edition must show those and none of the others. Open content is left as it was.
/// </summary>
public sealed partial class ClosedMarkers
{
    private readonly List<string> markers = [];
    private readonly List<string> published = [];
    private readonly HashSet<string> neverPrinted = [];
    private readonly PublicationPolicy policy;
    private readonly HashSet<ItemNumber> open = [];
    private readonly HashSet<(int, string?)> closedValues = [];
    private int fills;

    private ClosedMarkers(PublicationPolicy policy) => this.policy = policy;

    public static (Meeting Meeting, IReadOnlyList<string> Markers) Apply(Meeting meeting)
    {
        var (marked, secret, _) = Apply(meeting, PublicationPolicy.Default);
        return (marked, secret);
    }

    public static (Meeting Meeting, IReadOnlyList<string> Secret, IReadOnlyList<string> Published) Apply(Meeting meeting, PublicationPolicy policy)
    {
        var marked = Mark(meeting, policy);
        return (marked.Meeting, marked.Secret, marked.Published);
    }

    /// <summary>The meeting with its closed content marked, the markers the policy keeps secret and publishes, and those no edition prints (file names, media types).</summary>
    public static Marked Mark(Meeting meeting, PublicationPolicy? policy = null)
    {
        policy ??= PublicationPolicy.Default;
        var marker = new ClosedMarkers(policy);
        marker.Collect(meeting.Items, parentClosed: false);
        var items = ValueList.From(meeting.Items.Select(item => marker.Item(item, parentClosed: false, outermost: true, level: 0)));
        var plan = meeting.TimePlan is null ? null : meeting.TimePlan with
        {
            Slots = ValueList.From(meeting.TimePlan.Slots.Select(marker.Slot)),
        };
        var members = ValueList.From(meeting.Members.Select(m => m with { AbsenceReason = marker.Mark(policy.ShowAbsenceReasons) }));
        return new Marked(meeting with { Items = items, TimePlan = plan, Members = members }, marker.markers, marker.published, marker.neverPrinted);
    }

    /// <summary>The markers in a text, found in one pass (searching for each of thousands of markers would be quadratic).</summary>
    public static HashSet<string> Found(string text) => [.. MarkerToken().Matches(text).Select(m => m.Value)];

    /// <summary>The first of <paramref name="markers"/> found in <paramref name="text"/>, or null.</summary>
    public static string? FirstIn(string text, IReadOnlyCollection<string> markers)
    {
        var found = Found(text);
        return markers.FirstOrDefault(found.Contains);
    }

    [GeneratedRegex(@"SECRET\d{4}(?:X\d{5}|R)")]
    private static partial Regex MarkerToken();

    private string Mark(bool isPublished)
    {
        var text = $"SECRET{fills++:0000}R";
        (isPublished ? published : markers).Add(text);
        return text;
    }

    private static bool IsOpen(Access access) => access == Access.Open;

    // Depth 1 still reaches every member (sub-items and nested tables once) and keeps 1,000 meetings quick.
    private ModelFiller Filler(int maxDepth = 1) => new($"SECRET{fills++:0000}X", maxDepth);

    private T Fill<T>(ModelFiller filler, Func<string, bool>? isPublished = null)
        where T : class
    {
        var value = filler.Fill<T>();
        foreach (var (path, text) in filler.Texts)
        {
            (isPublished?.Invoke(path) == true ? published : markers).Add(text);
            if (path.EndsWith(".fileName", StringComparison.Ordinal) || path.EndsWith(".mediaType", StringComparison.Ordinal) || path is "fileName" or "mediaType")
            {
                neverPrinted.Add(text);
            }
        }

        return value;
    }

    // What the policy lets a closed item publish (only the outermost closed item is published at all).
    private bool IsPublished(string path) => path switch
    {
        "title" => policy.ClosedItemTitle == ClosedTitle.InternalTitle,
        "publicTitle" => policy.ClosedItemTitle == ClosedTitle.PublicTitle,
        "caseNumber" => policy.ShowClosedCaseNumber,
        _ => path.StartsWith("publicDecision[", StringComparison.Ordinal) && policy.ShowPublicDecision,
    };

    private void Collect(ValueList<AgendaItem> items, bool parentClosed)
    {
        foreach (var item in items)
        {
            var closed = parentClosed || !IsOpen(item.Access);
            if (item.Number is not { } number)
            {
                // An unnumbered item cannot be named by a slot.
            }
            else if (closed)
            {
                closedValues.Add((number.Main, number.Sub?.ToUpperInvariant()));
            }
            else
            {
                open.Add(number);
            }

            Collect(item.SubItems, closed);
        }
    }

    private AgendaItem Item(AgendaItem item, bool parentClosed, bool outermost, int level)
    {
        if (parentClosed || !IsOpen(item.Access))
        {
            // Everything a closed item could hold is a marker; the policy publishes a few of them.
            // Filled sub-items only where they stay within MeetingLimits.MaxSubItemNesting.
            var filled = Fill<AgendaItem>(Filler(parentClosed || level >= MeetingLimits.MaxSubItemNesting ? 0 : 1), outermost && !parentClosed ? IsPublished : null);
            return filled with
            {
                Number = item.Number,
                Access = item.Access,
                SubItems = ValueList.From(item.SubItems.Select(sub => Item(sub, parentClosed: true, outermost: false, level: level + 1)).Concat(filled.SubItems)),
            };
        }

        return item with
        {
            Attachments = ValueList.From(item.Attachments.Select(a => IsOpen(a.Access) ? a : Fill<Attachment>(Filler()) with { Number = a.Number, Access = a.Access })),
            SubItems = ValueList.From(item.SubItems.Select(sub => Item(sub, parentClosed: false, outermost: true, level: level + 1))),
        };
    }

    private TimeSlot Slot(TimeSlot slot)
    {
        var tiedToOpenOnly = IsOpen(slot.Access) && (slot.Item is { } number
            ? open.Contains(number) && !closedValues.Contains((number.Main, number.Sub?.ToUpperInvariant()))
            : slot.Kind is TimeSlotKind.Break or TimeSlotKind.Other);
        return tiedToOpenOnly
            ? slot
            : Fill<TimeSlot>(Filler()) with { Kind = slot.Kind, Item = slot.Item, Access = slot.Access, Start = slot.Start, Duration = slot.Duration };
    }
}

/// <summary>A meeting with marked closed content: the secret markers, the published ones, and those no edition prints.</summary>
public sealed record Marked(Meeting Meeting, IReadOnlyList<string> Secret, IReadOnlyList<string> Published, IReadOnlySet<string> NeverPrinted);

