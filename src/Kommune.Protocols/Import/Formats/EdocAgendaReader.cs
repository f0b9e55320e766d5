using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Import;

/// <summary>
/// eDoc by Fujitsu agenda XML: the whole mapping (docs/import.md has it as a table). Items are
/// <c>AgendaElement</c>s in <c>SortOrder</c>, their printed number is <c>SerialNo</c>, and
/// <c>NeutralTitle</c> is the title a closed item may be listed under in public. The handling
/// plan gives the case route and the earlier bodies' decisions. An export made for the public
/// (<c>OutputFilterIsPublic</c>) is a public edition.
/// </summary>
internal sealed class EdocAgendaReader : IFormatReader
{
    public const string Namespace = "http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/";

    public ImportFormat Format => ImportFormat.EdocAgenda;

    public string Expected => $"an eDoc agenda has the root element Root in the namespace '{Namespace}'";

    public bool Recognizes(SourceElement root) =>
        root.Name == "Root" && root.Child("Notification") is null
        && (root.Namespace == Namespace || (root.Namespace.Length == 0 && (root.Child("Committee") is not null || root.Child("OutputTypeEnumName") is not null)));

    /// <summary>For eDoc's notification file (which names the agenda file), the agenda file it names; otherwise null.</summary>
    public static string? NotificationTarget(SourceElement root) =>
        root.Name == "Root" && root.Child("Notification") is { } notification ? SourceValues.Line(notification.Child("PathToXml")) ?? "no PathToXml given" : null;

    public Meeting Read(SourceElement root, ImportContext context)
    {
        var committee = root.Child("Committee");
        var bodyName = SourceValues.Line(committee?.Child("Name"));
        if (bodyName is null)
        {
            context.Report(ImportCodes.Missing, committee ?? root, "the committee has no name; the meeting's body is empty.");
        }

        var meeting = committee?.Child("Meeting") ?? root.Child("Meeting");
        var when = meeting?.Child("MeetingDateTime");
        var start = SourceValues.Date(context, when?.Text, when, "meeting start");
        var until = meeting?.Child("EndDateTime");
        var end = SourceValues.Date(context, until?.Text, until, "meeting end");
        var date = MeetingDate.Resolve(context, start, when, root, (until?.Text, "meeting end's date"));
        if (meeting?.Child("MeetingStateCode") is { } state && SourceValues.Line(state) is not null)
        {
            context.NotMapped(state, "the meeting's state code");
        }

        var html = new HtmlContent(context);
        var agenda = root.Child("Agenda") ?? meeting?.Child("Agenda") ?? committee?.Child("Agenda");
        var elements = agenda?.Child("AgendaElements")?.Children("AgendaElement")
            .Select((element, i) => (Element: element, Order: SortKey(element.Child("SortOrder")), At: i))
            .OrderBy(e => e.Order).ThenBy(e => e.At).Select(e => e.Element).ToList() ?? [];
        if (agenda is null)
        {
            context.Report(ImportCodes.Missing, root, "the file has no Agenda; the meeting has no items.");
        }

        var members = Members(context, meeting);
        var read = new List<(AgendaItem, ItemNumber?, string?, SourceElement)>();
        foreach (var element in elements)
        {
            read.Add(Item(context, html, members, element, bodyName ?? string.Empty, date));
        }

        return new Meeting
        {
            Municipality = Municipality.Of(context),
            Body = new Body { Name = bodyName ?? string.Empty, ShortName = SourceValues.Line(committee?.Child("ShortName")) },
            Date = date,
            Start = start?.Time,
            End = end?.Time,
            Location = SourceValues.Line(meeting?.Child("MeetingLocation")),
            Stage = Stage(context, root),
            Edition = Flags.Parse(root.Child("OutputFilterIsPublic")?.Text) == true ? MeetingEdition.Public : MeetingEdition.Internal,
            Members = members.ToList(),
            Items = ValueList.From(ItemNumbering.Complete(context, read)),
        };
    }

    private static double SortKey(SourceElement? sortOrder) =>
        double.TryParse(sortOrder?.Text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var key) && double.IsFinite(key) ? key : double.MaxValue;

    private static DocumentStage Stage(ImportContext context, SourceElement root)
    {
        var type = root.Child("OutputTypeEnumName");
        var stage = SourceValues.Line(type)?.ToLowerInvariant() switch
        {
            "agenda" or "dagsorden" or "supplementaryagenda" or "tillægsdagsorden" => DocumentStage.Agenda,
            "minutes" or "protocol" or "referat" or "beslutningsprotokol" or "decisions" => DocumentStage.Protocol,
            "draft" or "draftagenda" or "kladde" or "udkast" => DocumentStage.Draft,
            _ => (DocumentStage?)null,
        };
        if (stage is { } known)
        {
            return known;
        }

        context.Report(ImportCodes.PaperGuessed, type ?? root, SourceValues.Line(type) is { } written
            ? $"the output type '{SourceValues.Shorten(written)}' is not known; it was read as an agenda."
            : "the file has no OutputTypeEnumName; it was read as an agenda.");
        return DocumentStage.Agenda;
    }

    private static MemberList Members(ImportContext context, SourceElement? meeting)
    {
        var members = new MemberList(context);
        foreach (var participant in meeting?.Child("MeetingParticipants")?.Children("MeetingParticipant") ?? [])
        {
            var name = participant.Child("Name")?.Text;
            var clean = SourceValues.Line(name) is { } n ? MemberList.CleanName(n) : string.Empty;
            var participates = participant.Child("Participate");

            // Participate false says absent, not whether notice was given.
            var attendance = Flags.Parse(participates?.Text) switch
            {
                false => AttendanceStatus.Absent,
                null when SourceValues.Line(participates) is not null => AttendanceWords.Resolve(context, participates!.Text, participates, clean),
                _ => AttendanceStatus.Present,
            };

            // PoliticalPartyList holds the letter; PoliticalParty the party's name, used only when there is no letter.
            var letter = SourceValues.Line(participant.Child("PoliticalPartyList"));
            var partyName = SourceValues.Line(participant.Child("PoliticalParty"));
            if (letter is null && partyName is not null)
            {
                context.Count(ImportCodes.Converted, participant.Child("PoliticalParty")!, "party-name", "a participant has a party name but no party letter; the name was kept as the party");
            }

            members.Add(participant, name, letter ?? partyName, participant.Child("RoleInMeeting")?.Text, attendance);
        }

        return members;
    }

    private static (AgendaItem, ItemNumber?, string?, SourceElement) Item(ImportContext context, HtmlContent html, MemberList members, SourceElement element, string body, LocalDate date)
    {
        var handling = element.Child("HandlingItem");
        var title = SourceValues.Line(handling?.Child("Title"));
        if (title is null)
        {
            context.Report(ImportCodes.Missing, handling?.Child("Title") ?? handling ?? element, "the item has no Title; its title is empty.");
        }

        var access = Access(context, element);
        var content = new ItemContent(context, html, body, date);
        foreach (var presentation in handling?.Child("CasePresentations")?.Children("CasePresentation") ?? [])
        {
            if (presentation.Child("Content") is { } text)
            {
                content.Add(SourceValues.Line(presentation.Child("Title")), text, Flags.Parse(presentation.Child("IsDecision")?.Text) == true, presentation.Child("Title"));
            }
        }

        var route = new List<string>();
        foreach (var step in handling?.Child("HandlingPlan")?.Children("Handling") ?? [])
        {
            var committee = SourceValues.Line(step.Child("CommitteeName"));
            var meetingDate = step.Child("MeetingDate");
            var when = SourceValues.Date(context, meetingDate?.Text, meetingDate, "handling's meeting date")?.Date;
            if (committee is not null && !route.Contains(committee))
            {
                route.Add(committee);
            }

            if (step.Child("Decision") is not { } decision)
            {
                continue;
            }

            // This meeting's own handling holds its decision; every other one with a decision is an earlier one.
            if (when == date && committee is not null && string.Equals(committee, body, StringComparison.OrdinalIgnoreCase))
            {
                content.AddDecisionIfNone(decision);
            }
            else if (when is null || when <= date)
            {
                content.AddEarlier(committee, when, null, decision, committee is null ? null : $"Beslutning i {committee}", step);
            }
        }

        var attachments = new AttachmentList(context, access);
        foreach (var attachment in handling?.Child("Attachments")?.Children("Attachment") ?? [])
        {
            var accessName = attachment.Child("AccessEnumName")?.Text;
            attachments.Add(
                attachment,
                attachment.Child("AttachmentNumber")?.Text,
                attachment.Child("Title")?.Text,
                AccessValues.OpenWord(accessName),
                accessName,
                attachment.Child("DocumentNumber")?.Text,
                attachment.Child("Link")?.Text);
        }

        foreach (var name in new[] { "CaseTitle", "Category" })
        {
            if ((handling?.Child(name) ?? element.Child(name)) is { } dropped && SourceValues.Line(dropped) is not null)
            {
                context.NotMapped(dropped, name == "CaseTitle" ? "the case's own title (the item's title is kept)" : "the item's category");
            }
        }

        var agendaItem = new AgendaItem
        {
            Title = title ?? string.Empty,
            Access = access,
            PublicTitle = SourceValues.Line(handling?.Child("NeutralTitle")),
            CaseNumber = SourceValues.CaseNumberOf(handling?.Child("CaseNumber")),
            CaseRoute = route.Count > 1 ? string.Join(", ", route) : null,
            CaseHandler = SourceValues.Line(handling?.Child("CaseWorker")) is { } worker ? new Person { Name = PersonNames.Collapse(worker) } : null,
            Sections = content.Sections,
            Recommendation = content.Recommendation,
            Attachments = attachments.ToList(),
            Decision = content.Decision,
            AbsentMembers = Absences(members, element.Child("Absences")),
            History = content.History,
        };
        var serial = handling?.Child("SerialNo");
        var raw = SourceValues.Line(serial);
        return (agendaItem, ItemNumbering.Parse(raw), raw, serial ?? handling ?? element);
    }

    /// <summary>Open only when both access values (where given) say open; contradictions and unknown values fail closed (IMP201).</summary>
    private static Access Access(ImportContext context, SourceElement element)
    {
        var isPublic = element.Child("AccessIsPublic");
        var name = element.Child("AccessName");
        var byFlag = Flags.Parse(isPublic?.Text);
        var byName = AccessValues.OpenWord(name?.Text);
        if (byFlag is not null && byName is not null && byFlag != byName)
        {
            context.Report(ImportCodes.AccessUnknown, isPublic, $"AccessIsPublic says {(byFlag == true ? "open" : "closed")} but AccessName '{SourceValues.Line(name)}' says {(byName == true ? "open" : "closed")}; the item was imported as closed.");
            return Model.Access.Closed;
        }

        return AccessValues.Item(context, byFlag ?? byName, isPublic ?? name, element, SourceValues.Line(isPublic) ?? SourceValues.Line(name));
    }

    /// <summary>Members absent for the item: child elements holding a name each, or the names written as a list.</summary>
    private static ValueList<string> Absences(MemberList members, SourceElement? absences)
    {
        if (absences is null)
        {
            return ValueList<string>.Empty;
        }

        var texts = absences.HasElements
            ? absences.Elements.Select(e => e.Child("Name")?.Text ?? e.Text)
            : absences.Text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return ValueList.From(texts.Select(SourceValues.Line).OfType<string>().Select(members.Reference).Distinct(StringComparer.Ordinal));
    }
}
