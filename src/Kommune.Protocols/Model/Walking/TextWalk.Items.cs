namespace Kommune.Protocols.Model;

internal sealed partial class TextWalk
{
    private AgendaItem Item(AgendaItem i)
    {
        var title = Text("title", i.Title);
        var caseNumber = CaseNumber(i.CaseNumber);
        var route = Text("caseRoute", i.CaseRoute);
        var authority = Text("decisionAuthority", i.DecisionAuthority);
        var owner = Person("caseOwner", i.CaseOwner);
        var handler = Person("caseHandler", i.CaseHandler);
        var presenter = Person("presenter", i.Presenter);
        var sections = List("sections", i.Sections, static (w, x) => w.Section(x));
        var recommendation = i.Recommendation is null ? null : Enter("recommendation", i.Recommendation, static (w, x) => w.Recommendation(x));
        var attachments = List("attachments", i.Attachments, static (w, x) => w.Attachment(x));
        var decision = i.Decision is null ? null : Enter("decision", i.Decision, static (w, x) => w.Decision(x));
        var guests = List("guests", i.Guests, static (w, x) => w.Person(x));
        var absent = Strings("absentMembers", i.AbsentMembers);
        var conflicts = List("conflictsOfInterest", i.ConflictsOfInterest, static (w, x) => w.Conflict(x));
        var history = List("history", i.History, static (w, x) => w.Earlier(x));
        var followUps = List("followUps", i.FollowUps, static (w, x) => w.FollowUp(x));
        var subItems = List("subItems", i.SubItems, static (w, x) => w.Item(x));
        var same = Same(title, i.Title) && caseNumber == (object?)i.CaseNumber && Same(route, i.CaseRoute) && Same(authority, i.DecisionAuthority)
            && owner == (object?)i.CaseOwner && handler == (object?)i.CaseHandler && presenter == (object?)i.Presenter
            && sections == (object)i.Sections && recommendation == (object?)i.Recommendation && attachments == (object)i.Attachments
            && decision == (object?)i.Decision && guests == (object)i.Guests && absent == (object)i.AbsentMembers
            && conflicts == (object)i.ConflictsOfInterest && history == (object)i.History && followUps == (object)i.FollowUps && subItems == (object)i.SubItems;
        return same
            ? i
            : i with
            {
                Title = title!,
                CaseNumber = caseNumber,
                CaseRoute = route,
                DecisionAuthority = authority,
                CaseOwner = owner,
                CaseHandler = handler,
                Presenter = presenter,
                Sections = sections,
                Recommendation = recommendation,
                Attachments = attachments,
                Decision = decision,
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
        var votes = List("votes", d.Votes, static (w, x) => w.Vote(x));
        var remarks = List("remarks", d.Remarks, static (w, x) => w.Remark(x));
        return Same(body, d.Body) && Same(outcome, d.OutcomeText) && text == (object)d.Text && votes == (object)d.Votes && remarks == (object)d.Remarks
            ? d
            : d with { Body = body, OutcomeText = outcome, Text = text, Votes = votes, Remarks = remarks };
    }

    private Vote Vote(Vote v)
    {
        var @for = Enter("for", v.For, static (w, x) => w.Tally(x));
        var against = Enter("against", v.Against, static (w, x) => w.Tally(x));
        var abstaining = Enter("abstaining", v.Abstaining, static (w, x) => w.Tally(x));
        return @for == (object)v.For && against == (object)v.Against && abstaining == (object)v.Abstaining
            ? v
            : v with { For = @for, Against = against, Abstaining = abstaining };
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
        var text = Text("text", e.Text);
        return Same(body, e.Body) && Same(text, e.Text) ? e : e with { Body = body!, Text = text! };
    }

    private FollowUpAction FollowUp(FollowUpAction f)
    {
        var what = Text("what", f.What);
        var who = Text("who", f.Who);
        return Same(what, f.What) && Same(who, f.Who) ? f : f with { What = what!, Who = who };
    }
}
