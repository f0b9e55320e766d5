using Kommune.Protocols.Model;
using NodaTime;
using static Kommune.Protocols.Import.AcadreTables;

namespace Kommune.Protocols.Import;

/// <summary>
/// Acadre MM XML: the whole mapping (docs/import.md has it as a table). Items are
/// <c>agendaitemparent</c> tables in the order of their <c>sort</c> field, which is a sort key,
/// not the printed number; the format has no printed number (a <c>number</c> field is read when
/// an export has one), so items are numbered 1, 2, 3 and the report says so. Decisions are
/// bullets headed <c>Beslutning i {udvalg} den {dd-mm-yyyy}</c>: this meeting's is the
/// decision, other bodies' and earlier ones are earlier decisions.
/// </summary>
internal sealed class AcadreReader : IFormatReader
{
    public ImportFormat Format => ImportFormat.AcadreMm;

    public string Expected => "an Acadre MM export has the root element root holding table[@name='agenda']";

    public bool Recognizes(SourceElement root) => root.Name == "root" && Tables(root, "agenda").Any();

    public Meeting Read(SourceElement root, ImportContext context)
    {
        var agenda = Tables(root, "agenda").First();
        var committee = Find(agenda, "committee");
        var bodyName = SourceValues.Line(Text(committee, "name"));
        if (bodyName is null)
        {
            context.Report(ImportCodes.Missing, committee ?? agenda, "the committee has no name; the meeting's body is empty.");
        }

        var meeting = Find(agenda, "meeting");
        var dateField = Field(meeting, "date");
        var start = SourceValues.Date(context, dateField?.Text, dateField, "meeting date");
        var finishField = Field(meeting, "finish");
        var finish = FinishTime(context, finishField);
        var date = MeetingDate.Resolve(context, start, dateField, root, (Text(agenda, "producedate"), "agenda's production date"));
        var location = SourceValues.Line(Text(meeting, "location"));
        var address = SourceValues.Line(Text(meeting, "address"));

        var (paperName, stage, supplementary) = Paper(context, agenda);
        foreach (var name in new[] { "access", "state" })
        {
            if (Field(agenda, name) is { } dropped && SourceValues.Line(dropped) is not null)
            {
                context.NotMapped(dropped, name == "access" ? "the paper's own access (each item's access is read)" : "the paper's state");
            }
        }

        var html = new HtmlContent(context);
        var parents = Find(agenda, "agendaitemparents");
        var items = Tables(parents, "agendaitemparent")
            .Select((parent, i) => (Parent: parent, Key: SortKey(Text(parent, "sort")), At: i))
            .OrderBy(p => p.Key).ThenBy(p => p.At).Select(p => p.Parent).ToList();
        var members = Members(context, agenda, committee, meeting);
        var read = new List<(AgendaItem, ItemNumber?, string?, SourceElement)>();
        var position = 0;
        foreach (var parent in items)
        {
            position++;
            read.Add(Item(context, html, parent, position, supplementary, bodyName ?? string.Empty, date));
        }

        if (parents is null)
        {
            context.Report(ImportCodes.Missing, agenda, "the agenda has no agendaitemparents table; the meeting has no items.");
        }

        return new Meeting
        {
            Municipality = Municipality.Of(context),
            Body = new Body { Name = bodyName ?? string.Empty },
            Date = date,
            Start = start?.Time,
            End = finish,
            Location = location is null ? address : address is null || location.Contains(address, StringComparison.Ordinal) ? location : $"{location}, {address}",
            Stage = stage,
            Members = members.ToList(),
            Items = ValueList.From(ItemNumbering.Complete(context, read)),
            UpcomingMeetings = Upcoming(context, agenda),
        };
    }

    /// <summary>The end: a time, or a date and time (of which the time is kept).</summary>
    private static LocalTime? FinishTime(ImportContext context, SourceElement? field)
    {
        if (SourceValues.Line(field) is not { } text)
        {
            return null;
        }

        return DateTimeText.TryParseTime(text, out var time) ? time : SourceValues.Date(context, text, field, "meeting end")?.Time;
    }

    private static (string? Name, DocumentStage Stage, bool Supplementary) Paper(ImportContext context, SourceElement agenda)
    {
        var field = Field(agenda, "name");
        var name = SourceValues.Line(field);
        var lower = name?.ToLowerInvariant() ?? string.Empty;
        var supplementary = lower.Contains("tillæg", StringComparison.Ordinal);
        if (lower.Contains("referat", StringComparison.Ordinal) || lower.Contains("protokol", StringComparison.Ordinal))
        {
            return (name, DocumentStage.Protocol, supplementary);
        }

        if (lower.Contains("dagsorden", StringComparison.Ordinal))
        {
            return (name, lower.Contains("udkast", StringComparison.Ordinal) || lower.Contains("kladde", StringComparison.Ordinal) ? DocumentStage.Draft : DocumentStage.Agenda, supplementary);
        }

        context.Report(ImportCodes.PaperGuessed, field ?? agenda, name is null
            ? "the agenda has no name saying Dagsorden or Referat; it was read as an agenda."
            : $"the paper's name '{SourceValues.Shorten(name)}' says neither Dagsorden nor Referat; it was read as an agenda.");
        return (name, DocumentStage.Agenda, supplementary);
    }

    private static MemberList Members(ImportContext context, SourceElement agenda, SourceElement? committee, SourceElement? meeting)
    {
        var members = new MemberList(context);
        var rows = Rows(committee, "commember", "member")
            .Select((row, i) => (Row: row, Key: SortKey(Text(row, "sort")), At: i))
            .OrderBy(r => r.Key).ThenBy(r => r.At).Select(r => r.Row);
        foreach (var row in rows)
        {
            members.Add(row, Text(row, "name"), Text(row, "party"), Text(row, "role"), AttendanceStatus.Present);
            if (Field(row, "email") is { } email && SourceValues.Line(email) is not null)
            {
                context.NotMapped(email, "a member's e-mail address (personal data the papers do not print)");
            }
        }

        foreach (var row in Rows(Find(meeting ?? agenda, "meetmember")?.Parent, "meetmember", "member"))
        {
            var absentField = Field(row, "absent");
            var name = SourceValues.Line(Text(row, "name"));
            if (name is null)
            {
                continue;
            }

            var clean = MemberList.CleanName(name);
            var attendance = SourceValues.Line(absentField) switch
            {
                null or "0" => AttendanceStatus.Present,
                "2" => AttendanceStatus.AbsentWithNotice,
                "1" => AttendanceStatus.Absent,
                var other => Unreadable(context, absentField!, clean, other),
            };
            if (!members.SetAttendance(name, attendance))
            {
                // Someone at the meeting who is not on the committee's list (a substitute, a guest member).
                members.Add(row, name, Text(row, "party"), Text(row, "role"), attendance);
            }
        }

        return members;
    }

    private static AttendanceStatus Unreadable(ImportContext context, SourceElement at, string name, string value)
    {
        context.Report(ImportCodes.AttendanceUnknown, at, $"the attendance value '{SourceValues.Shorten(value)}' of {name} is not known (0 present, 1 absent, 2 absent with notice); {name} was recorded as present.");
        return AttendanceStatus.Present;
    }

    private static ValueList<UpcomingMeeting> Upcoming(ImportContext context, SourceElement agenda)
    {
        var upcoming = new List<UpcomingMeeting>();
        foreach (var row in Rows(Find(agenda, "upcomingmeetings")?.Parent, "upcomingmeetings", "upcomingmeeting"))
        {
            var dateField = Field(row, "date");
            if (SourceValues.Date(context, dateField?.Text, dateField, "coming meeting's date") is not { } when)
            {
                continue;
            }

            var note = string.Join(", ", new[] { Text(row, "name"), Text(row, "location") }.Select(SourceValues.Line).OfType<string>());
            upcoming.Add(new UpcomingMeeting { Date = when.Date, Start = when.Time, Note = note.Length == 0 ? null : note });
        }

        return ValueList.From(upcoming);
    }

    private static (AgendaItem, ItemNumber?, string?, SourceElement) Item(ImportContext context, HtmlContent html, SourceElement parent, int position, bool supplementary, string body, LocalDate date)
    {
        var item = Tables(parent, "agendaitem").FirstOrDefault() ?? parent;
        var title = SourceValues.Line(Text(item, "name"));
        if (title is null)
        {
            context.Report(ImportCodes.Missing, Field(item, "name") ?? item, "the item has no name; its title is empty.");
        }

        var access = Access(context, item);
        var content = new ItemContent(context, html, body, date);
        var bullets = Tables(item, "bullet")
            .Select((bullet, i) => (Bullet: bullet, Key: SortKey(Text(bullet, "bulletsortorder")), At: i))
            .OrderBy(b => b.Key).ThenBy(b => b.At).Select(b => b.Bullet);
        foreach (var bullet in bullets)
        {
            if (Field(bullet, "bulletcontent") is { } text)
            {
                content.Add(SourceValues.Line(Text(bullet, "bulletname")), text, headingAt: Field(bullet, "bulletname"));
            }
        }

        var attachments = new AttachmentList(context, access);
        var enclosures = Tables(item, "enclosure")
            .Select((enclosure, i) => (Enclosure: enclosure, Key: SortKey(Text(enclosure, "sort")), At: i))
            .OrderBy(e => e.Key).ThenBy(e => e.At).Select(e => e.Enclosure);
        foreach (var enclosure in enclosures)
        {
            var accessText = Text(enclosure, "access");
            attachments.Add(
                enclosure,
                null,
                Text(enclosure, "name"),
                OpenCode(accessText) ?? AccessValues.OpenWord(accessText),
                accessText,
                Text(enclosure, "fileno"),
                Text(enclosure, "filename"),
                MediaType(Text(enclosure, "EnclosureFileType") ?? Text(enclosure, "filename")));
        }

        foreach (var name in new[] { "comname", "area" })
        {
            if (Field(item, name) is { } dropped && SourceValues.Line(dropped) is not null)
            {
                context.NotMapped(dropped, name == "area" ? "the item's area" : "the item's committee name");
            }
        }

        var agendaItem = new AgendaItem
        {
            Title = title ?? string.Empty,
            Access = access,
            CaseNumber = SourceValues.CaseNumberOf(Text(item, "caseno")),
            CaseHandler = SourceValues.Line(Text(item, "caseofficername")) is { } officer ? new Person { Name = officer } : null,
            Supplementary = supplementary,
            Sections = content.Sections,
            Recommendation = content.Recommendation,
            Attachments = attachments.ToList(),
            Decision = content.Decision,
            History = content.History,
        };

        // The format has no printed number; an export that adds one is read, otherwise the position stands in.
        var numberField = Field(item, "number") ?? Field(parent, "number");
        if (SourceValues.Line(numberField) is { } raw)
        {
            return (agendaItem, ItemNumbering.Parse(raw), raw, numberField!);
        }

        context.Count(ImportCodes.NumberByPosition, parent, "acadre-number", "Acadre has no printed item number; the items were numbered by their position in sort order");
        return (agendaItem, ItemNumber.Parse(position.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, parent);
    }

    /// <summary>Open (1), closed (2) or person-sensitive (3, closed: the model has open and closed only, IMP211).</summary>
    private static Access Access(ImportContext context, SourceElement item)
    {
        var field = Field(item, "access");
        var code = SourceValues.Line(field);
        if (code == "3")
        {
            context.Report(ImportCodes.AccessNarrowed, field, "the item is person-sensitive (access 3); it was imported as closed.");
            return Model.Access.Closed;
        }

        var open = OpenCode(code) ?? AccessValues.OpenWord(Text(item, "accessname"));
        return AccessValues.Item(context, open, field, item, code ?? SourceValues.Line(Text(item, "accessname")));
    }

    private static bool? OpenCode(string? code) => SourceValues.Line(code) switch
    {
        "1" => true,
        "2" or "3" => false,
        _ => null,
    };

    private static string? MediaType(string? typeOrFile)
    {
        var extension = SourceValues.Line(typeOrFile)?.ToLowerInvariant();
        if (extension is null)
        {
            return null;
        }

        extension = extension[(extension.LastIndexOf('.') + 1)..];
        return extension switch
        {
            "pdf" => "application/pdf",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc" => "application/msword",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xls" => "application/vnd.ms-excel",
            "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "jpg" or "jpeg" => "image/jpeg",
            "png" => "image/png",
            "txt" => "text/plain",
            "html" or "htm" => "text/html",
            _ => null,
        };
    }
}
