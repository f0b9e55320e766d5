namespace Kommune.Protocols.Model;

internal sealed partial class TextWalk
{
    private AgendaItem Item(AgendaItem i)
    {
        var title = Text("title", i.Title);
        var publicTitle = Text("publicTitle", i.PublicTitle);
        var caseNumber = CaseNumber(i.CaseNumber);
        var route = Text("caseRoute", i.CaseRoute);
        var authority = Text("decisionAuthority", i.DecisionAuthority);
        var owner = Person("caseOwner", i.CaseOwner);
        var handler = Person("caseHandler", i.CaseHandler);
        var presenter = Person("presenter", i.Presenter);
        var addedReason = Text("addedReason", i.AddedReason);
        var statusReason = Text("statusReason", i.StatusReason);
        var cameFrom = i.CameFrom is null ? null : Enter("cameFrom", i.CameFrom, static (w, x) => w.Reference(x));
        var goesTo = i.GoesTo is null ? null : Enter("goesTo", i.GoesTo, static (w, x) => w.Reference(x));
        var upcomingTreatment = List("upcomingTreatment", i.UpcomingTreatment, static (w, x) => w.Reference(x));
        var sections = List("sections", i.Sections, static (w, x) => w.Section(x));
        var recommendation = i.Recommendation is null ? null : Enter("recommendation", i.Recommendation, static (w, x) => w.Recommendation(x));
        var attachments = List("attachments", i.Attachments, static (w, x) => w.Attachment(x));
        var decision = i.Decision is null ? null : Enter("decision", i.Decision, static (w, x) => w.Decision(x));
        var publicDecision = Blocks("publicDecision", i.PublicDecision);
        var guests = List("guests", i.Guests, static (w, x) => w.Person(x));
        var absent = Strings("absentMembers", i.AbsentMembers);
        var conflicts = List("conflictsOfInterest", i.ConflictsOfInterest, static (w, x) => w.Conflict(x));
        var history = List("history", i.History, static (w, x) => w.Earlier(x));
        var followUps = List("followUps", i.FollowUps, static (w, x) => w.FollowUp(x));
        var subItems = List("subItems", i.SubItems, static (w, x) => w.Item(x));
        var same = Same(addedReason, i.AddedReason) && Same(statusReason, i.StatusReason) && cameFrom == (object?)i.CameFrom && goesTo == (object?)i.GoesTo
            && upcomingTreatment == (object)i.UpcomingTreatment && Same(title, i.Title) && Same(publicTitle, i.PublicTitle) && publicDecision == (object)i.PublicDecision && caseNumber == (object?)i.CaseNumber && Same(route, i.CaseRoute) && Same(authority, i.DecisionAuthority)
            && owner == (object?)i.CaseOwner && handler == (object?)i.CaseHandler && presenter == (object?)i.Presenter
            && sections == (object)i.Sections && recommendation == (object?)i.Recommendation && attachments == (object)i.Attachments
            && decision == (object?)i.Decision && guests == (object)i.Guests && absent == (object)i.AbsentMembers
            && conflicts == (object)i.ConflictsOfInterest && history == (object)i.History && followUps == (object)i.FollowUps && subItems == (object)i.SubItems;
        return same
            ? i
            : i with
            {
                Title = title!,
                PublicTitle = publicTitle,
                CaseNumber = caseNumber,
                AddedReason = addedReason,
                StatusReason = statusReason,
                CameFrom = cameFrom,
                GoesTo = goesTo,
                UpcomingTreatment = upcomingTreatment,
                CaseRoute = route,
                DecisionAuthority = authority,
                CaseOwner = owner,
                CaseHandler = handler,
                Presenter = presenter,
                Sections = sections,
                Recommendation = recommendation,
                Attachments = attachments,
                Decision = decision,
                PublicDecision = publicDecision,
                Guests = guests,
                AbsentMembers = absent,
                ConflictsOfInterest = conflicts,
                History = history,
                FollowUps = followUps,
                SubItems = subItems,
            };
    }

    private Section Section(Section s)
    {
        var heading = Text("heading", s.Heading);
        var content = Blocks("content", s.Content);
        return Same(heading, s.Heading) && content == (object)s.Content ? s : s with { Heading = heading, Content = content };
    }

    private Recommendation Recommendation(Recommendation r)
    {
        var recommender = Text("recommender", r.Recommender);
        var text = Blocks("text", r.Text);
        var points = Strings("points", r.Points);
        return Same(recommender, r.Recommender) && text == (object)r.Text && points == (object)r.Points
            ? r
            : r with { Recommender = recommender, Text = text, Points = points };
    }

    private Attachment Attachment(Attachment a)
    {
        var title = Text("title", a.Title);
        var documentNumber = DocumentNumber(a.DocumentNumber);
        var fileName = Text("fileName", a.FileName);
        var mediaType = Text("mediaType", a.MediaType);
        return Same(title, a.Title) && documentNumber == (object?)a.DocumentNumber && Same(fileName, a.FileName) && Same(mediaType, a.MediaType)
            ? a
            : a with { Title = title!, DocumentNumber = documentNumber, FileName = fileName, MediaType = mediaType };
    }

    private Decision Decision(Decision d)
    {
        var body = Text("body", d.Body);
        var outcome = Text("outcomeText", d.OutcomeText);
        var text = Blocks("text", d.Text);
        var points = List("points", d.Points, static (w, x) => w.Point(x));
        var votes = List("votes", d.Votes, static (w, x) => w.Vote(x));
        var statements = List("statements", d.Statements, static (w, x) => w.Statement(x));
        var remarks = List("remarks", d.Remarks, static (w, x) => w.Remark(x));
        var conclusion = Blocks("conclusion", d.Conclusion);
        return Same(body, d.Body) && Same(outcome, d.OutcomeText) && text == (object)d.Text && points == (object)d.Points && votes == (object)d.Votes
            && statements == (object)d.Statements && remarks == (object)d.Remarks && conclusion == (object)d.Conclusion
            ? d
            : d with { Body = body, OutcomeText = outcome, Text = text, Points = points, Votes = votes, Statements = statements, Remarks = remarks, Conclusion = conclusion };
    }

    private PointDecision Point(PointDecision p)
    {
        var text = Blocks("text", p.Text);
        return text == (object)p.Text ? p : p with { Text = text };
    }

    private Statement Statement(Statement s)
    {
        var authors = Strings("authors", s.Authors);
        var text = Blocks("text", s.Text);
        return authors == (object)s.Authors && text == (object)s.Text ? s : s with { Authors = authors, Text = text };
    }

    private ItemReference Reference(ItemReference r)
    {
        var body = Text("body", r.Body);
        var caseNumber = CaseNumber(r.CaseNumber);
        var note = Text("note", r.Note);
        return Same(body, r.Body) && caseNumber == (object?)r.CaseNumber && Same(note, r.Note) ? r : r with { Body = body, CaseNumber = caseNumber, Note = note };
    }

    private Vote Vote(Vote v)
    {
        var motion = Text("motion", v.Motion);
        var proposer = Text("proposer", v.Proposer);
        var @for = Enter("for", v.For, static (w, x) => w.Tally(x));
        var against = Enter("against", v.Against, static (w, x) => w.Tally(x));
        var abstaining = Enter("abstaining", v.Abstaining, static (w, x) => w.Tally(x));
        var reservation = Enter("reservation", v.Reservation, static (w, x) => w.Tally(x));
        var result = Text("result", v.Result);
        return Same(motion, v.Motion) && Same(proposer, v.Proposer) && @for == (object)v.For && against == (object)v.Against && abstaining == (object)v.Abstaining
            && reservation == (object)v.Reservation && Same(result, v.Result)
            ? v
            : v with { Motion = motion, Proposer = proposer, For = @for, Against = against, Abstaining = abstaining, Reservation = reservation, Result = result };
    }

    private VoteTally Tally(VoteTally t)
    {
        var members = Strings("members", t.Members);
        var parties = Strings("parties", t.Parties);
        return members == (object)t.Members && parties == (object)t.Parties ? t : t with { Members = members, Parties = parties };
    }

    private ProtocolRemark Remark(ProtocolRemark r)
    {
        var author = Text("author", r.Author);
        var text = Text("text", r.Text);
        return Same(author, r.Author) && Same(text, r.Text) ? r : r with { Author = author!, Text = text! };
    }

    private ConflictOfInterest Conflict(ConflictOfInterest c)
    {
        var name = Text("name", c.Name);
        var reason = Text("reason", c.Reason);
        return Same(name, c.Name) && Same(reason, c.Reason) ? c : c with { Name = name!, Reason = reason };
    }

    private EarlierDecision Earlier(EarlierDecision e)
    {
        var body = Text("body", e.Body);
        var caseNumber = CaseNumber(e.CaseNumber);
        var text = Text("text", e.Text);
        var points = List("points", e.Points, static (w, x) => w.Point(x));
        var votes = List("votes", e.Votes, static (w, x) => w.Vote(x));
        var absent = Strings("absent", e.Absent);
        return Same(body, e.Body) && caseNumber == (object?)e.CaseNumber && Same(text, e.Text) && points == (object)e.Points && votes == (object)e.Votes && absent == (object)e.Absent
            ? e
            : e with { Body = body!, CaseNumber = caseNumber, Text = text, Points = points, Votes = votes, Absent = absent };
    }

    private FollowUpAction FollowUp(FollowUpAction f)
    {
        var what = Text("what", f.What);
        var who = Text("who", f.Who);
        return Same(what, f.What) && Same(who, f.Who) ? f : f with { What = what!, Who = who };
    }
}
