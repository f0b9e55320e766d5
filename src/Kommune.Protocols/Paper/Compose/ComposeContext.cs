using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>One composition's state: the meeting (already the right edition), its words, its paper, its schedule and what has been placed.</summary>
internal sealed class ComposeContext
{
    private Schedule? schedule;
    private MeetingAttendance? attendance;
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

    /// <summary>Who took part in which item, derived once.</summary>
    public MeetingAttendance Attendance => attendance ??= MeetingAttendance.Of(Meeting);

    /// <summary>A member as referred to elsewhere (a key or a name) as printed: <c>Erik Nielsen (A)</c>; someone who is not a member as written.</summary>
    public string Name(string reference)
    {
        if (Attendance.Find(reference) is not { } member)
        {
            return reference;
        }

        return Name(member);
    }

    /// <summary>A member as printed: <c>Erik Nielsen (A)</c>, or without the party when the house style says so.</summary>
    public string Name(Member member) => Style.PartyAfterName && member.Party is { } party ? $"{member.Name} ({party})" : member.Name;

    /// <summary>A member (a key or a name) with their title, as a sentence names them: <c>1. næstformand Hanne Roed</c>.</summary>
    public string TitleAndName(string reference) => Attendance.Find(reference) is { Title: { } title } ? $"{title} {Name(reference)}" : Name(reference);

    /// <summary>Names joined as the language joins them: <c>A, B og C</c>.</summary>
    public string Names(IEnumerable<string> references) => Words.Names([.. references.Select(Name)]);

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
                if (item.Number is { } number)
                {
                    into.TryAdd(number, item);
                }

                Collect(item.SubItems, into);
            }
        }
    }

    public static PaperParagraph Text(string text) => new(ParagraphRole.Body, text);

    public static PaperParagraph Bold(string text) => new(ParagraphRole.Body, [new PaperRun(text, bold: true)]);

    public static PaperParagraph Italic(string text) => new(ParagraphRole.Body, [new PaperRun(text, italic: true)]);

    /// <summary>A label and its value (<i>Sagsgang</i> / <i>DIR</i>), on one line or the label above, as the house style says; nothing when the value is empty.</summary>
    public void Labelled(List<PaperBlock> into, string label, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (Style.InlineLabels)
        {
            var line = Words.Format(WordKeys.InlineLabel, ("label", "\u0001"), ("value", "\u0002"));
            var at = line.IndexOf('\u0001', StringComparison.Ordinal);
            var valueAt = line.IndexOf('\u0002', StringComparison.Ordinal);
            if (at >= 0 && valueAt > at)
            {
                // The template's own text around the label and value keeps its place; the label is bold.
                var between = line[(at + 1)..valueAt];
                var gap = between[between.TrimEnd().Length..];
                PaperRun[] runs = [new(line[..at]), new(label + between.TrimEnd(), bold: true), new(gap + value + line[(valueAt + 1)..])];
                into.Add(new PaperParagraph(ParagraphRole.Body, [.. runs.Where(r => r.Text.Length > 0)]));
                return;
            }
        }

        into.Add(new PaperParagraph(ParagraphRole.Label, label));
        into.Add(Text(value));
    }
}
