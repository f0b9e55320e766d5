using DocumentFormat.OpenXml;
using Kommune.Protocols.Formatting;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Docx;

/// <summary>One render's state: the meeting (already the right edition), the labels, the paper and the list counter.</summary>
internal sealed class RenderContext
{
    private readonly OpenXmlWriter writer;
    private Dictionary<ItemNumber, AgendaItem>? itemsByNumber;

    public RenderContext(Meeting meeting, DocxOptions options, OpenXmlWriter writer)
    {
        Meeting = meeting;
        Labels = options.EffectiveLabels();
        Language = options.Language;
        Paper = options.PaperFor(meeting.Stage);
        IsDraft = IsDraftPaper(meeting.Stage, Paper);
        this.writer = writer;
    }

    public Meeting Meeting { get; }

    public DocxLabels Labels { get; }

    public Language Language { get; }

    public DocxPaper Paper { get; }

    public bool IsDraft { get; }

    public bool IsProtocol => Paper == DocxPaper.Protocol;

    /// <summary>Whether a section placed the time plan (otherwise it is written after the items).</summary>
    public bool TimePlanWritten { get; set; }

    /// <summary>Whether a section placed the coming meetings (otherwise they are written after the items).</summary>
    public bool UpcomingMeetingsWritten { get; set; }

    /// <summary>How many numbered lists were written (each gets its own numbering instance).</summary>
    public int NumberedLists { get; private set; }

    public static bool IsDraftPaper(DocumentStage stage, DocxPaper paper) =>
        stage == DocumentStage.Draft || (paper == DocxPaper.Protocol && stage is DocumentStage.Agenda or DocumentStage.Protocol);

    public static string PaperName(DocxLabels labels, DocxPaper paper) => paper == DocxPaper.Protocol ? labels.ProtocolPaper : labels.AgendaPaper;

    public int NextNumberedList() => StyleIds.FirstNumberedNumId + NumberedLists++;

    public void Write(OpenXmlElement element) => writer.WriteElement(element);

    public void Write(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            writer.WriteElement(element);
        }
    }

    public string LongDate(LocalDate date) => DanishFormat.LongDate(date, Language);

    public string DayMonth(LocalDate date) => DanishFormat.DayMonth(date, Language);

    public string DecisionDate(LocalDate date) => Language == Language.English ? DanishFormat.LongDate(date, Language.English) : DanishFormat.NumericDate(date);

    public string TimeRange(LocalTime start, LocalTime? end) => end is { } e
        ? Ooxml.Fill(Ooxml.Fill(Labels.TimeRange, "start", DanishFormat.Time(start)), "end", DanishFormat.Time(e))
        : Ooxml.Fill(Labels.TimeFrom, "start", DanishFormat.Time(start));

    public string Names(IEnumerable<string> names) => Ooxml.JoinNames(names.ToList(), Labels.And);

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
}
