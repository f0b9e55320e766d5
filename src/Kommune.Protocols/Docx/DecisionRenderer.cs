using System.Globalization;
using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Docx;

/// <summary>
/// The protocol part of an item: <i>Beslutning i {body} den {date}</i>, outcome, text, votes,
/// remarks, who took part or was absent, conflicts of interest and follow-up actions.
/// </summary>
internal static class DecisionRenderer
{
    public static void Write(RenderContext context, AgendaItem item)
    {
        var labels = context.Labels;
        if (item.Decision is { } decision)
        {
            var heading = Ooxml.Fill(
                Ooxml.Fill(labels.DecisionHeading, "body", decision.Body ?? context.Meeting.Body.Name),
                "date",
                context.DecisionDate(decision.Date ?? context.Meeting.Date));
            context.Write(Ooxml.Text(StyleIds.Heading2, heading));

            var outcome = decision.OutcomeText ?? decision.Outcome switch
            {
                DecisionOutcome.Approved => labels.OutcomeApproved,
                DecisionOutcome.Recommended => labels.OutcomeRecommended,
                DecisionOutcome.Noted => labels.OutcomeNoted,
                DecisionOutcome.Postponed => labels.OutcomePostponed,
                DecisionOutcome.Rejected => labels.OutcomeRejected,
                _ => null,
            };
            if (outcome is not null)
            {
                context.Write(Ooxml.Paragraph(null, Ooxml.Run(outcome, bold: true)));
            }

            RichTextRenderer.Write(context, decision.Text);
            Votes(context, decision.Votes);
            foreach (var remark in decision.Remarks)
            {
                context.Write(Ooxml.Paragraph(null, Ooxml.Run(Ooxml.Fill(Ooxml.Fill(labels.ProtocolRemark, "author", remark.Author), "text", remark.Text), italic: true)));
            }
        }

        if (!item.Guests.IsEmpty && !NamesEveryGuest(item.Decision, item.Guests))
        {
            var names = context.Names(item.Guests.AsSpan().ToArray().Select(g => g.ToString()));
            context.Write(Ooxml.Text(null, Ooxml.Capitalize(Ooxml.Fill(labels.GuestsAttended, "names", names))));
        }

        foreach (var conflict in item.ConflictsOfInterest)
        {
            var text = Ooxml.Fill(labels.ConflictOfInterest, "name", conflict.Name);
            if (conflict.Reason is not null)
            {
                // Before the label's closing full stop: "... af punktet (ejer en grund i området)."
                text = text.EndsWith('.') ? $"{text[..^1]} ({conflict.Reason})." : $"{text} ({conflict.Reason})";
            }

            context.Write(Ooxml.Text(null, text));
        }

        if (!item.AbsentMembers.IsEmpty)
        {
            context.Write(Ooxml.Text(null, Ooxml.Fill(labels.AbsentForItem, "names", context.Names(item.AbsentMembers))));
        }

        if (!item.FollowUps.IsEmpty)
        {
            context.Write(Ooxml.Text(StyleIds.Label, labels.FollowUps));
            context.Write(RichTextRenderer.BulletList(item.FollowUps.AsSpan().ToArray().Select(f => ListItem.Of(FollowUp(context, f)))));
        }
    }

    private static string FollowUp(RenderContext context, FollowUpAction action)
    {
        var parts = new List<string>();
        if (action.Who is not null)
        {
            parts.Add(Ooxml.Fill(context.Labels.FollowUpWho, "who", action.Who));
        }

        if (action.Due is { } due)
        {
            parts.Add(Ooxml.Fill(context.Labels.FollowUpDue, "date", context.LongDate(due)));
        }

        return parts.Count == 0 ? action.What : $"{action.What} ({string.Join(", ", parts)})";
    }

    private static void Votes(RenderContext context, ValueList<Vote> votes)
    {
        var labels = context.Labels;
        foreach (var vote in votes)
        {
            if (vote.Point is { } point)
            {
                context.Write(Ooxml.Paragraph(StyleIds.Label, Ooxml.Run(Ooxml.Fill(labels.VotePoint, "point", point.ToString(CultureInfo.InvariantCulture)))));
            }

            Tally(context, labels.VotesFor, vote.For);
            Tally(context, labels.VotesAgainst, vote.Against);
            Tally(context, labels.VotesAbstaining, vote.Abstaining);
        }
    }

    /// <summary><c>For: 5 (A+V)</c>, <c>Imod: 1 (Åse Møller)</c>.</summary>
    private static void Tally(RenderContext context, string label, VoteTally tally)
    {
        if (tally.Total == 0 && tally.Parties.IsEmpty && tally.Members.IsEmpty)
        {
            return;
        }

        var text = new StringBuilder().Append(tally.Total.ToString(CultureInfo.InvariantCulture));
        var who = new List<string>();
        if (!tally.Parties.IsEmpty)
        {
            who.Add(string.Join("+", tally.Parties));
        }

        if (!tally.Members.IsEmpty)
        {
            who.Add(string.Join(", ", tally.Members));
        }

        if (who.Count > 0)
        {
            text.Append(" (").Append(string.Join("; ", who)).Append(')');
        }

        context.Write(Ooxml.Paragraph(null, Ooxml.Run(label + ":", bold: true), Ooxml.Run(" " + text)));
    }

    // Secretaries often write "X og Y deltog under punktet" into the decision itself; the
    // line is then not printed a second time.
    private static bool NamesEveryGuest(Decision? decision, ValueList<Person> guests)
    {
        if (decision is null)
        {
            return false;
        }

        var text = string.Join('\n', decision.Text.AsSpan().ToArray().Select(b => b switch
        {
            Paragraph p => p.PlainText(),
            BulletList l => string.Join('\n', l.Items.Select(i => i.PlainText())),
            NumberedList l => string.Join('\n', l.Items.Select(i => i.PlainText())),
            _ => string.Empty,
        }));
        return guests.All(g => text.Contains(g.Name, StringComparison.Ordinal));
    }
}
