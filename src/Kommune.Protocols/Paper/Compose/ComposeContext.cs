using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>One composition's state: the meeting (already the right edition), its words, its paper, its schedule and what has been placed.</summary>
internal sealed class ComposeContext
{
    private Schedule? schedule;
    private Dictionary<ItemNumber, AgendaItem>? itemsByNumber;

    public ComposeContext(Meeting meeting, PaperOptions options)
    {
        Meeting = meeting;
        Words = new Words(options.Language, options.Style);
        Style = options.Style;
        Paper = options.PaperFor(meeting.Stage);
        IsDraft = meeting.Stage == DocumentStage.Draft || (Paper == PaperKind.Protocol && meeting.Stage is DocumentStage.Agenda or DocumentStage.Protocol);
    }

    public Meeting Meeting { get; }

    public Words Words { get; }

    public HouseStyle Style { get; }

    public PaperKind Paper { get; }

    public bool IsDraft { get; }

    public bool IsProtocol => Paper == PaperKind.Protocol;

    public string PaperName => Words[IsProtocol ? WordKeys.ProtocolPaper : WordKeys.AgendaPaper];

    /// <summary>The one clock: every time the paper prints comes from here.</summary>
    public Schedule Schedule => schedule ??= MeetingScheduler.Schedule(Meeting);

    /// <summary>Whether a section placed the time plan (otherwise it is printed after the items).</summary>
    public bool TimePlanPlaced { get; set; }

    /// <summary>Whether a section placed the coming meetings (otherwise they are printed after the items).</summary>
    public bool UpcomingMeetingsPlaced { get; set; }

    public AgendaItem? FindItem(ItemNumber number)
    {
        if (itemsByNumber is null)
        {
            itemsByNumber = [];
            Collect(Meeting.Items, itemsByNumber);
        }

        return itemsByNumber.GetValueOrDefault(number);

        static void Collect(ValueList<AgendaItem> items, Dictionary<ItemNumber, AgendaItem> into)
        {
            foreach (var item in items)
            {
                into.TryAdd(item.Number, item);
                Collect(item.SubItems, into);
            }
        }
    }

    public static PaperParagraph Text(string text) => new(ParagraphRole.Body, text);

    public static PaperParagraph Bold(string text) => new(ParagraphRole.Body, [new PaperRun(text, bold: true)]);

    public static PaperParagraph Italic(string text) => new(ParagraphRole.Body, [new PaperRun(text, italic: true)]);

    /// <summary>A label above its value (<i>Sagsgang</i> / <i>DIR</i>); nothing when the value is empty.</summary>
    public static void Labelled(List<PaperBlock> into, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            into.Add(new PaperParagraph(ParagraphRole.Label, label));
            into.Add(Text(value));
        }
    }
}
