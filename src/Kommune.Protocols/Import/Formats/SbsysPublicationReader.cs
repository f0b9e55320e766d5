using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// SBSYS / AgMan <i>Publication</i> XML: the whole mapping, element by element (docs/import.md
/// has it as a table). Several <c>Agendas/Agenda</c> are the agenda and its supplements
/// (<c>IsExtendedAgenda</c>); the meeting's facts come from the first agenda that is not a
/// supplement, the items from all of them in order.
/// </summary>
internal sealed class SbsysPublicationReader : IFormatReader
{
    public ImportFormat Format => ImportFormat.SbsysPublication;

    public string Expected => "an SBSYS Publication has the root element Publication";

    public bool Recognizes(SourceElement root) => root.Name == "Publication" && root.Namespace.Length == 0;

    public Meeting Read(SourceElement root, ImportContext context)
    {
        var agendas = root.Child("Agendas")?.Children("Agenda").ToList() ?? [];
        var main = agendas.FirstOrDefault(a => Flags.Parse(a.Child("IsExtendedAgenda")?.Text) != true) ?? agendas.FirstOrDefault();
        if (main is null)
        {
            context.Report(ImportCodes.Missing, root, "the publication holds no Agendas/Agenda; the meeting has no body, date or items.");
        }

        var committee = main?.Child("Committee");
        var bodyName = SourceValues.Line(committee?.Child("Name"));
        if (bodyName is null)
        {
            context.Report(ImportCodes.Missing, committee ?? main ?? root, "the committee has no name; the meeting's body is empty.");
        }

        if (committee?.At("CommitteeGroup/Name") is { } group && SourceValues.Line(group) is not null)
        {
            context.NotMapped(group, "the committee group");
        }

        var meeting = main?.Child("Meeting");
        var when = meeting?.Child("When");
        var start = SourceValues.Date(context, when?.Text, when, "meeting start");
        var until = meeting?.Child("Until");
        var end = SourceValues.Date(context, until?.Text, until, "meeting end");
        var date = MeetingDate.Resolve(context, start, when, root, (until?.Text, "meeting end's date"));
        var html = new HtmlContent(context);
        var members = Members(context, meeting);

        var read = new List<(AgendaItem, ItemNumber?, string?, SourceElement)>();
        foreach (var agenda in agendas)
        {
            var supplementary = Flags.Parse(agenda.Child("IsExtendedAgenda")?.Text) == true;
            foreach (var item in agenda.Child("Items")?.Children("Item") ?? [])
            {
                read.Add(Item(context, html, members, item, supplementary, bodyName ?? string.Empty, date));
            }
        }

        return new Meeting
        {
            Municipality = Municipality.Of(context),
            Body = new Body { Name = bodyName ?? string.Empty },
            Date = date,
            Start = start?.Time,
            End = end?.Time,
            Location = SourceValues.Line(meeting?.Child("Where")),
            Stage = Stage(context, root),
            Members = members.ToList(),
            Items = ValueList.From(ItemNumbering.Complete(context, read)),
        };
    }

    private static DocumentStage Stage(ImportContext context, SourceElement root)
    {
        var value = root.Child("PublicationTypeAsValue");
        var name = root.Child("PublicationTypeAsEnum");
        var stage = SourceValues.Line(value) switch
        {
            "0" => DocumentStage.Draft,
            "1" => DocumentStage.Agenda,
            "2" => DocumentStage.Protocol,
            _ => SourceValues.Line(name)?.ToLowerInvariant() switch
            {
                "draft" => DocumentStage.Draft,
                "final" => DocumentStage.Agenda,
                "minutes" => DocumentStage.Protocol,
                _ => (DocumentStage?)null,
            },
        };
        if (stage is { } known)
        {
            return known;
        }

        var written = SourceValues.Line(value) ?? SourceValues.Line(name);
        context.Report(ImportCodes.PaperGuessed, value ?? name ?? root, written is null
            ? "the publication does not say whether it is a draft, an agenda or minutes; it was read as an agenda."
            : $"the publication type '{SourceValues.Shorten(written)}' is not known; it was read as an agenda.");
        return DocumentStage.Agenda;
    }

    private static MemberList Members(ImportContext context, SourceElement? meeting)
    {
        var members = new MemberList(context);
        foreach (var member in meeting?.Child("Members")?.Children("MeetingMember") ?? [])
        {
            var name = member.Child("Name")?.Text;
            var text = member.Child("ParticipationStatusAsText")?.Text;
            var clean = SourceValues.Line(name) is { } n ? MemberList.CleanName(n) : string.Empty;

            // Without the text only the number is left; 4 means "did not take part" (as on items), without a word on notice.
            var attendance = SourceValues.Line(text) is not null
                ? AttendanceWords.Resolve(context, text, member.Child("ParticipationStatusAsText")!, clean)
                : SourceValues.Line(member.Child("ParticipationStatusAsValue")) == "4" ? AttendanceStatus.Absent : AttendanceStatus.Present;
            members.Add(member, name, null, null, attendance, note: member.Child("ParticipationNote")?.Text);
        }

        return members;
    }

    private static (AgendaItem, ItemNumber?, string?, SourceElement) Item(ImportContext context, HtmlContent html, MemberList members, SourceElement item, bool supplementary, string body, NodaTime.LocalDate date)
    {
        var numberElement = item.Child("Number");
        var title = SourceValues.Line(item.Child("Caption"));
        if (title is null)
        {
            context.Report(ImportCodes.Missing, item.Child("Caption") ?? item, "the item has no caption; its title is empty.");
        }

        var isPublic = item.Child("IsPublic");
        var access = AccessValues.Item(context, Flags.Parse(isPublic?.Text), isPublic, item, SourceValues.Line(isPublic));

        var content = new ItemContent(context, html, body, date);
        var fields = item.Child("Fields")?.Children("ItemField")
            .Select((field, i) => (Field: field, Order: int.TryParse(field.Child("Index")?.Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue, At: i))
            .OrderBy(f => f.Order).ThenBy(f => f.At).Select(f => f.Field) ?? [];
        foreach (var field in fields)
        {
            if (Flags.Parse(field.Child("HasContent")?.Text) == false || field.Child("Content") is not { } body2)
            {
                continue;
            }

            content.Add(SourceValues.Line(field.Child("Caption")), body2, Flags.Parse(field.Child("IsFeedback")?.Text) == true, field.Child("Caption"));
        }

        foreach (var earlier in item.Child("ItemHistory")?.Children("ItemField") ?? [])
        {
            if (earlier.Child("Content") is not { } text)
            {
                continue;
            }

            var details = earlier.Child("MeetingDetails");
            var due = details?.Child("MeetingDueDate");
            content.AddEarlier(
                SourceValues.Line(details?.Child("CommitteeName")),
                SourceValues.Date(context, due?.Text, due, "earlier meeting's date")?.Date,
                null,
                text,
                SourceValues.Line(earlier.Child("Caption")),
                earlier);
        }

        var absent = new List<string>();
        foreach (var member in item.Child("Members")?.Children("ItemMember") ?? [])
        {
            if (SourceValues.Line(member.Child("ParticipationStatusAsValue")) == "4" && SourceValues.Line(member.Child("Name")) is { } name)
            {
                absent.Add(members.Reference(name));
            }
        }

        var attachments = new AttachmentList(context, access);
        foreach (var enclosure in item.Child("Enclosures")?.Children("Enclosure") ?? [])
        {
            // Exports say either IsProtected (closed when true) or IsPublic (open when true).
            var isProtected = enclosure.Child("IsProtected");
            var open = isProtected is not null ? !Flags.Parse(isProtected.Text) : Flags.Parse(enclosure.Child("IsPublic")?.Text);
            attachments.Add(
                enclosure,
                enclosure.Child("Number")?.Text,
                enclosure.Child("Name")?.Text,
                open,
                (isProtected ?? enclosure.Child("IsPublic"))?.Text,
                null,
                enclosure.Child("InstantiationFilePathRelative")?.Text);
        }

        var agendaItem = new AgendaItem
        {
            Title = title ?? string.Empty,
            Access = access,
            CaseNumber = SourceValues.CaseNumberOf(item.At("Case/Number")),
            Supplementary = supplementary,
            Sections = content.Sections,
            Recommendation = content.Recommendation,
            Attachments = attachments.ToList(),
            Decision = content.Decision,
            AbsentMembers = ValueList.From(absent),
            History = content.History,
        };
        var raw = SourceValues.Line(numberElement);
        return (agendaItem, ItemNumbering.Parse(raw), raw, numberElement ?? item);
    }
}
