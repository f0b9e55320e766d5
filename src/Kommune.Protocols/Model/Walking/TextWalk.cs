namespace Kommune.Protocols.Model;

/// <summary>
/// The walk behind <see cref="MeetingWalker"/>: one method per model type, each rebuilding its
/// record only when a text below it changed. Adding a text member to the model means adding it
/// here; <c>WalkerCompletenessTests</c> fails until it is.
/// </summary>
internal sealed partial class TextWalk(TextRewriter rewriter)
{
    private readonly TextPath path = new();

    public Meeting Meeting(Meeting m)
    {
        var municipality = Text("municipality", m.Municipality);
        var body = Enter("body", m.Body, static (w, x) => w.Body(x));
        var joint = List("jointBodies", m.JointBodies, static (w, x) => w.Body(x));
        var cancellation = Text("cancellationReason", m.CancellationReason);
        var parts = List("parts", m.Parts, static (w, x) => w.Text("label", x.Label) is var label && Same(label, x.Label) ? x : x with { Label = label });
        var suspensions = List("suspensions", m.Suspensions, static (w, x) => w.Text("note", x.Note) is var note && Same(note, x.Note) ? x : x with { Note = note });
        var location = Text("location", m.Location);
        var members = List("members", m.Members, static (w, x) => w.Member(x));
        var acting = Text("actingChair", m.ActingChair);
        var notes = Blocks("notes", m.Notes);
        var items = List("items", m.Items, static (w, x) => w.Item(x));
        var plan = m.TimePlan is null ? null : Enter("timePlan", m.TimePlan, static (w, x) => w.TimePlan(x));
        var upcoming = List("upcomingMeetings", m.UpcomingMeetings, static (w, x) => w.Upcoming(x));
        var signatories = List("signatories", m.Signatories, static (w, x) => w.Signatory(x));
        return Same(municipality, m.Municipality) && body == (object)m.Body && joint == (object)m.JointBodies && Same(cancellation, m.CancellationReason)
            && parts == (object)m.Parts && suspensions == (object)m.Suspensions && Same(location, m.Location) && members == (object)m.Members
            && Same(acting, m.ActingChair) && notes == (object)m.Notes
            && items == (object)m.Items && plan == (object?)m.TimePlan && upcoming == (object)m.UpcomingMeetings && signatories == (object)m.Signatories
            ? m
            : m with
            {
                Municipality = municipality!,
                Body = body,
                JointBodies = joint,
                CancellationReason = cancellation,
                Parts = parts,
                Suspensions = suspensions,
                Location = location,
                Members = members,
                ActingChair = acting,
                Notes = notes,
                Items = items,
                TimePlan = plan,
                UpcomingMeetings = upcoming,
                Signatories = signatories,
            };
    }

    private Body Body(Body b)
    {
        var name = Text("name", b.Name);
        var shortName = Text("shortName", b.ShortName);
        return Same(name, b.Name) && Same(shortName, b.ShortName) ? b : b with { Name = name!, ShortName = shortName };
    }

    private Member Member(Member m)
    {
        var key = Text("key", m.Key);
        var name = Text("name", m.Name);
        var party = Text("party", m.Party);
        var title = Text("title", m.Title);
        var reason = Text("absenceReason", m.AbsenceReason);
        var substituteFor = Text("substituteFor", m.SubstituteFor);
        var substituteList = Text("substituteList", m.SubstituteList);
        var partial = m.Partial is null ? null : Enter("partial", m.Partial, static (w, p) => w.Partial(p));
        var movements = List("movements", m.Movements, static (w, x) => w.Text("note", x.Note) is var note && Same(note, x.Note) ? x : x with { Note = note });
        return Same(key, m.Key) && Same(name, m.Name) && Same(party, m.Party) && Same(title, m.Title) && Same(reason, m.AbsenceReason)
            && Same(substituteFor, m.SubstituteFor) && Same(substituteList, m.SubstituteList) && partial == (object?)m.Partial && movements == (object)m.Movements
            ? m
            : m with { Key = key, Name = name!, Party = party, Title = title, AbsenceReason = reason, SubstituteFor = substituteFor, SubstituteList = substituteList, Partial = partial, Movements = movements };
    }

    private PartialAttendance Partial(PartialAttendance p)
    {
        var note = Text("note", p.Note);
        return Same(note, p.Note) ? p : p with { Note = note };
    }

    private Person Person(Person p)
    {
        var name = Text("name", p.Name);
        var title = Text("title", p.Title);
        var organisation = Text("organisation", p.Organisation);
        return Same(name, p.Name) && Same(title, p.Title) && Same(organisation, p.Organisation) ? p : p with { Name = name!, Title = title, Organisation = organisation };
    }

    private Person? Person(string name, Person? p) => p is null ? null : Enter(name, p, static (w, x) => w.Person(x));

    private TimePlan TimePlan(TimePlan p)
    {
        var slots = List("slots", p.Slots, static (w, x) => w.Slot(x));
        var endLabel = Text("endLabel", p.EndLabel);
        return slots == (object)p.Slots && Same(endLabel, p.EndLabel) ? p : p with { Slots = slots, EndLabel = endLabel };
    }

    private TimeSlot Slot(TimeSlot s)
    {
        var label = Text("label", s.Label);
        var guests = List("guests", s.Guests, static (w, x) => w.Person(x));
        var notes = Strings("notes", s.Notes);
        return Same(label, s.Label) && guests == (object)s.Guests && notes == (object)s.Notes ? s : s with { Label = label, Guests = guests, Notes = notes };
    }

    private UpcomingMeeting Upcoming(UpcomingMeeting u)
    {
        var note = Text("note", u.Note);
        var topics = Strings("topics", u.Topics);
        return Same(note, u.Note) && topics == (object)u.Topics ? u : u with { Note = note, Topics = topics };
    }

    private Signatory Signatory(Signatory s)
    {
        var name = Text("name", s.Name);
        var title = Text("title", s.Title);
        var approval = s.Approval is null ? null : Enter("approval", s.Approval, static (w, a) => w.Approval(a));
        return Same(name, s.Name) && Same(title, s.Title) && approval == (object?)s.Approval ? s : s with { Name = name!, Title = title, Approval = approval };
    }

    private Approval Approval(Approval a)
    {
        var method = Text("method", a.Method);
        return Same(method, a.Method) ? a : a with { Method = method };
    }
}
