using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Import;

/// <summary>
/// An item's headed pieces of content sorted into the model's places, the same way for every
/// format: the recommendation (<c>Indstilling</c>), the decision (flagged by the source, or
/// headed <c>Beslutning</c> / <c>Beslutning i {body} den {date}</c>), earlier decisions (a
/// decision heading naming another body or an earlier date), and sections with their headings
/// kept as written. Empty pieces are skipped: exports carry empty template fields.
/// </summary>
internal sealed class ItemContent(ImportContext context, HtmlContent html, string meetingBody, LocalDate meetingDate)
{
    private readonly List<Section> sections = [];
    private readonly List<EarlierDecision> history = [];
    private Recommendation? recommendation;
    private Decision? decision;

    public ValueList<Section> Sections => ValueList.From(sections);

    public ValueList<EarlierDecision> History => ValueList.From(history);

    public Recommendation? Recommendation => recommendation;

    public Decision? Decision => decision;

    /// <summary>Adds a piece of content under its heading; <paramref name="isDecision"/> when the source flags it as the decision.</summary>
    public void Add(string? heading, SourceElement content, bool isDecision = false, SourceElement? headingAt = null)
    {
        var blocks = html.Blocks(content);
        if (blocks.IsEmpty)
        {
            return;
        }

        if (isDecision || (heading is not null && Headings.IsDecision(heading)))
        {
            AddDecision(heading, blocks, content, headingAt ?? content);
            return;
        }

        if (heading is not null && recommendation is null && Headings.IsRecommendation(heading))
        {
            recommendation = new Recommendation
            {
                Recommender = Headings.Kind(heading) == SectionKind.Custom && !heading.Trim().TrimEnd(':').Equals("Indstilling", StringComparison.OrdinalIgnoreCase) ? heading : null,
                Text = blocks,
            };
            return;
        }

        sections.Add(Section(heading, blocks));
    }

    /// <summary>Adds an earlier decision by another body (or an earlier meeting), dated when the source dates it; without a body it becomes a section (IMP209).</summary>
    public void AddEarlier(string? body, LocalDate? date, ItemNumber? item, SourceElement content, string? caption, SourceElement at)
    {
        var blocks = html.Blocks(content);
        if (blocks.IsEmpty)
        {
            return;
        }

        if (body is not null)
        {
            history.Add(new EarlierDecision { Body = body, Date = date, ItemNumber = item, Text = BlockText.Of(blocks) });
            return;
        }

        var heading = caption ?? "Tidligere beslutning";
        context.Report(ImportCodes.EarlierDecisionBodiless, at, $"the earlier decision '{SourceValues.Shorten(heading)}' does not name the body that made it; it was kept as a section headed '{SourceValues.Shorten(heading)}'.");
        sections.Add(Section(heading, blocks));
    }

    /// <summary>Adds the decision from a text the source keeps apart from the content (eDoc's handling of this meeting), when no piece was the decision.</summary>
    public void AddDecisionIfNone(SourceElement content)
    {
        if (decision is null && html.Blocks(content) is { IsEmpty: false } blocks)
        {
            decision = new Decision { Text = blocks };
        }
    }

    private void AddDecision(string? heading, ValueList<Block> blocks, SourceElement content, SourceElement headingAt)
    {
        string? body = null;
        LocalDate? date = null;
        if (heading is not null && Headings.DecisionOf(heading) is { } named)
        {
            body = named.Body;
            if (DateTimeText.TryParse(named.Date, out var value))
            {
                date = value.Date;
            }
            else
            {
                context.Report(ImportCodes.DecisionDate, headingAt, $"the date '{SourceValues.Shorten(named.Date)}' in the decision heading is not readable; the decision has no date of its own.");
            }

            // Councils print the bodies' earlier decisions on the case with the same heading.
            if (date is { } d && (d < meetingDate || (d == meetingDate && !SameBody(body, meetingBody))))
            {
                history.Add(new EarlierDecision { Body = body, Date = d, Text = BlockText.Of(blocks) });
                return;
            }
        }

        if (decision is not null)
        {
            // A second decision piece (an addendum, a public decision written apart): kept under its own heading.
            sections.Add(Section(heading ?? "Beslutning", blocks));
            return;
        }

        decision = new Decision { Body = body, Date = date, Text = blocks };
    }

    private static bool SameBody(string named, string body) =>
        string.Equals(PersonNames.Collapse(named), PersonNames.Collapse(body), StringComparison.OrdinalIgnoreCase);

    private static Section Section(string? heading, ValueList<Block> blocks) => heading is null
        ? new Section { Kind = SectionKind.Untitled, Content = blocks }
        : new Section { Kind = Headings.Kind(heading), Heading = heading, Content = blocks };
}
