using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// SBSYS <i>Dagsorden</i> XML: the whole mapping (docs/import.md has it as a table). Facts are
/// attributes in Danish (<c>Møde/@Mødedato</c> as <c>27. august 2018</c>, <c>@Mødetid</c> as
/// <c>16:00</c>); an item's content is <c>Indhold/*</c>, each child element's name its heading.
/// Items may be grouped under <c>Gruppe[@navn]</c> (open and closed items); the group's name
/// then says what an item without <c>@Åbent</c> is.
/// </summary>
internal sealed class SbsysDagsordenReader : IFormatReader
{
    public ImportFormat Format => ImportFormat.SbsysDagsorden;

    public string Expected => "an SBSYS Dagsorden has the root element Dagsorden";

    public bool Recognizes(SourceElement root) => root.Name == "Dagsorden" && root.Namespace.Length == 0;

    public Meeting Read(SourceElement root, ImportContext context)
    {
        var meeting = root.Child("Møde");
        if (meeting is null)
        {
            context.Report(ImportCodes.Missing, root, "the agenda has no Møde element; the meeting has no body, date or place.");
        }

        var bodyName = SourceValues.Line(meeting?.Attribute("Udvalg"));
        if (bodyName is null)
        {
            context.Report(ImportCodes.Missing, meeting ?? root, "the meeting has no Udvalg; the meeting's body is empty.");
        }

        var date = SourceValues.Date(context, meeting?.Attribute("Mødedato"), meeting, "meeting date (Mødedato)");
        var start = SourceValues.Time(context, meeting?.Attribute("Mødetid"), meeting, "meeting time (Mødetid)") ?? date?.Time;
        var end = SourceValues.Time(context, meeting?.Attribute("Mødesluttid"), meeting, "meeting end (Mødesluttid)");
        var meetingDate = MeetingDate.Resolve(context, date, meeting, root, (meeting?.Attribute("Mødeslutdato"), "meeting's end date (Mødeslutdato)"));

        var supplementary = Flags.Parse(root.Attribute("Tillægsdagsorden")) == true;
        if (SourceValues.Line(root.Attribute("Åben")) is not null)
        {
            context.NotMapped(root, "the agenda's own Åben (whether the whole paper is the open edition; each item's @Åbent is read)");
        }

        var html = new HtmlContent(context);
        var read = new List<(AgendaItem, ItemNumber?, string?, SourceElement)>();
        foreach (var (item, groupOpen) in Items(root.Child("Dagsordenpunkter")))
        {
            read.Add(Item(context, html, item, groupOpen, supplementary, bodyName ?? string.Empty, meetingDate));
        }

        if (root.Child("Dagsordenpunkter") is null)
        {
            context.Report(ImportCodes.Missing, root, "the agenda has no Dagsordenpunkter; the meeting has no items.");
        }

        return new Meeting
        {
            Municipality = Municipality.Of(context),
            Body = new Body { Name = bodyName ?? string.Empty },
            Date = meetingDate,
            Start = start,
            End = end,
            Location = SourceValues.Line(meeting?.Attribute("Mødested")),
            Stage = Stage(context, root),
            Items = ValueList.From(ItemNumbering.Complete(context, read)),
        };
    }

    private static DocumentStage Stage(ImportContext context, SourceElement root)
    {
        var kind = SourceValues.Line(root.Attribute("Dagsordentype"));
        if (kind is null)
        {
            context.Report(ImportCodes.PaperGuessed, root, "the agenda has no Dagsordentype; it was read as an agenda.");
            return DocumentStage.Agenda;
        }

        // "Referat" is the protocol; every other type (Dagsorden, Tillægsdagsorden, ...) an agenda.
        return kind.Contains("referat", StringComparison.OrdinalIgnoreCase) || kind.Contains("protokol", StringComparison.OrdinalIgnoreCase)
            ? DocumentStage.Protocol
            : DocumentStage.Agenda;
    }

    /// <summary>The items in order, each with what its group says of access (null outside a group or for a group name not known).</summary>
    private static IEnumerable<(SourceElement Item, bool? GroupOpen)> Items(SourceElement? list)
    {
        foreach (var child in list?.Elements ?? [])
        {
            if (child.Name == "Dagsordenpunkt")
            {
                yield return (child, null);
            }
            else if (child.Name == "Gruppe")
            {
                var name = SourceValues.Line(child.Attribute("navn"))?.ToLowerInvariant() ?? string.Empty;
                bool? open = name.StartsWith("åbne", StringComparison.Ordinal) ? true : name.StartsWith("lukkede", StringComparison.Ordinal) ? false : null;
                foreach (var item in child.Children("Dagsordenpunkt"))
                {
                    yield return (item, open);
                }
            }
        }
    }

    private static (AgendaItem, ItemNumber?, string?, SourceElement) Item(ImportContext context, HtmlContent html, SourceElement item, bool? groupOpen, bool supplementary, string body, NodaTime.LocalDate date)
    {
        var title = SourceValues.Line(item.Child("Overskrift"));
        if (title is null)
        {
            context.Report(ImportCodes.Missing, item.Child("Overskrift") ?? item, "the item has no Overskrift; its title is empty.");
        }

        var openText = item.Attribute("Åbent");
        var open = Flags.Parse(openText);
        if (open is not null && groupOpen is not null && open != groupOpen)
        {
            // The item and its group disagree: the closed reading wins.
            open = false;
        }

        var access = AccessValues.Item(context, open ?? groupOpen, null, item, openText);
        var content = new ItemContent(context, html, body, date);
        foreach (var piece in item.Child("Indhold")?.Elements ?? [])
        {
            content.Add(Heading(piece), piece);
        }

        var attachments = new AttachmentList(context, access);
        foreach (var attachment in item.Child("Bilagsliste")?.Children("Bilag") ?? [])
        {
            attachments.Add(
                attachment,
                attachment.Attribute("Nummer"),
                attachment.Attribute("Navn"),
                Flags.Parse(attachment.Attribute("MaaPubliceres")),
                attachment.Attribute("MaaPubliceres"),
                attachment.Attribute("Dokumentnummer"),
                attachment.Attribute("BilagUrl"));
        }

        var agendaItem = new AgendaItem
        {
            Title = title ?? string.Empty,
            Access = access,
            CaseNumber = SourceValues.CaseNumberOf(item.Attribute("Sagsnummer") ?? item.Child("Sagsnummer")?.Text),
            Supplementary = supplementary || Flags.Parse(item.Attribute("Tillæg")) == true,
            Sections = content.Sections,
            Recommendation = content.Recommendation,
            Attachments = attachments.ToList(),
            Decision = content.Decision,
            History = content.History,
        };
        var raw = SourceValues.Line(item.Attribute("Nummer"));
        return (agendaItem, ItemNumbering.Parse(raw), raw, item);
    }

    /// <summary>A content element's heading: an Overskrift/navn attribute when it has one, else its name (XML names cannot hold spaces, so exports write <c>Økonomiske_konsekvenser</c>).</summary>
    private static string Heading(SourceElement piece) =>
        SourceValues.Line(piece.Attribute("Overskrift") ?? piece.Attribute("navn") ?? piece.Attribute("titel"))
        ?? piece.Name.Replace('_', ' ');
}
