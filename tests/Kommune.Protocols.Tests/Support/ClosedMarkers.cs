using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Puts a unique marker in every text field of closed content: closed items (and their
/// sub-items), closed attachments of open items, people named only in closed items, and the
/// time-plan slots of closed items and closed free slots. A public edition that shows any
/// marker has leaked. Open content is left as it was.
/// </summary>
public sealed class ClosedMarkers
{
    private readonly List<string> markers = [];

    private ClosedMarkers()
    {
    }

    public static (Meeting Meeting, IReadOnlyList<string> Markers) Apply(Meeting meeting)
    {
        var marker = new ClosedMarkers();
        var closedNumbers = new HashSet<ItemNumber>();
        var items = ValueList.From(meeting.Items.Select(item => marker.Item(item, closedNumbers, parentClosed: false)));
        var plan = meeting.TimePlan is null ? null : meeting.TimePlan with
        {
            Slots = ValueList.From(meeting.TimePlan.Slots.Select(slot => marker.Slot(slot, closedNumbers))),
        };
        return (meeting with { Items = items, TimePlan = plan }, marker.markers);
    }

    private string Next(string field)
    {
        var text = $"SECRET{markers.Count:0000}{field}";
        markers.Add(text);
        return text;
    }

    private Person Person(string field) => new() { Name = Next(field + "Name"), Title = Next(field + "Title") };

    private ValueList<Block> Blocks(string field) =>
    [
        new Paragraph { Runs = [TextRun.Plain(Next(field + "Para")), new TextRun { Text = Next(field + "Bold"), Bold = true }] },
        BulletList.Of(Next(field + "Bullet")),
        NumberedList.Of(Next(field + "Numbered")),
        new Table { HasHeaderRow = true, Rows = [new TableRow { Cells = [TableCell.Of(Next(field + "Head"))] }, new TableRow { Cells = [TableCell.Of(Next(field + "Cell"))] }] },
    ];

    private AgendaItem Item(AgendaItem item, HashSet<ItemNumber> closedNumbers, bool parentClosed)
    {
        var closed = parentClosed || item.Access == Access.Closed;
        if (!closed)
        {
            return item with
            {
                Attachments = ValueList.From(item.Attachments.Select(a => a.Access == Access.Closed ? ClosedAttachment(a.Number) : a)),
                SubItems = ValueList.From(item.SubItems.Select(sub => Item(sub, closedNumbers, parentClosed: false))),
            };
        }

        closedNumbers.Add(item.Number);
        var member = Next("Member");
        return item with
        {
            CaseRoute = Next("Route"),
            DecisionAuthority = Next("Authority"),
            CaseOwner = Person("Owner"),
            CaseHandler = Person("Handler"),
            Presenter = Person("Presenter"),
            Sections =
            [
                new Section { Kind = SectionKind.Custom, Heading = Next("Heading"), Content = Blocks("Section") },
                new Section { Kind = SectionKind.CaseDescription, Content = Blocks("Description") },
            ],
            Recommendation = new Recommendation { Recommender = Next("Recommender"), Text = Blocks("Recommendation"), Points = [Next("Point")] },
            Attachments = [ClosedAttachment(1), OpenAttachmentOfClosedItem(2)],
            Decision = new Decision
            {
                Body = Next("DecisionBody"),
                Outcome = DecisionOutcome.Other,
                OutcomeText = Next("Outcome"),
                Text = Blocks("Decision"),
                Votes = [new Vote { For = new VoteTally { Count = 1, Members = [member], Parties = [Next("Party")] } }],
                Remarks = [new ProtocolRemark { Author = member, Text = Next("Remark") }],
            },
            Guests = [Person("Guest")],
            AbsentMembers = [Next("Absent")],
            ConflictsOfInterest = [new ConflictOfInterest { Name = Next("Conflict"), Reason = Next("ConflictReason") }],
            History = [new EarlierDecision { Body = Next("HistoryBody"), Date = new LocalDate(2020, 1, 1), Text = Next("History") }],
            FollowUps = [new FollowUpAction { What = Next("FollowUp"), Who = Next("FollowUpWho") }],
            SubItems = ValueList.From(item.SubItems.Select(sub => Item(sub, closedNumbers, parentClosed: true))),
        };
    }

    private Attachment ClosedAttachment(int number) => new()
    {
        Number = number,
        Title = Next("AttachmentTitle"),
        Access = Access.Closed,
        DocumentNumber = DocumentNumber.FromText(Next("DocNo")),
        FileName = Next("File"),
        MediaType = "application/x-" + Next("Media"),
    };

    // An attachment marked open inside a closed item is still closed content.
    private Attachment OpenAttachmentOfClosedItem(int number) => ClosedAttachment(number) with { Access = Access.Open };

    private TimeSlot Slot(TimeSlot slot, HashSet<ItemNumber> closedNumbers)
    {
        var closedItem = slot.Kind == TimeSlotKind.Item && slot.Item is not null && closedNumbers.Contains(slot.Item);
        var closedFree = slot.Kind != TimeSlotKind.Item && slot.Access == Access.Closed;
        return closedItem || closedFree
            ? slot with { Label = Next("SlotLabel"), Guests = [Person("SlotGuest")], Notes = [Next("SlotNote")] }
            : slot;
    }
}
