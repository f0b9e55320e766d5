using System.Globalization;
using System.Text;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// The protocol part of an item: <i>Beslutning i {body} den {date}</i>, outcome, text, votes,
/// remarks, who took part or was absent, conflicts of interest and follow-up actions.
/// </summary>
internal static class DecisionComposer
{
    public static void Compose(ComposeContext context, AgendaItem item, List<PaperBlock> into)
    {
        var words = context.Words;
        if (item.Decision is { } decision)
        {
            var date = words.Date(WordKeys.DateDecision, decision.Date ?? context.Meeting.Date);
            into.Add(new PaperHeading(HeadingRole.Section, words.Format(WordKeys.DecisionHeading, ("body", decision.Body ?? context.Meeting.Body.Name), ("date", date))));
            var outcome = decision.OutcomeText ?? decision.Outcome switch
            {
                DecisionOutcome.Approved => words[WordKeys.OutcomeApproved],
                DecisionOutcome.Recommended => words[WordKeys.OutcomeRecommended],
                DecisionOutcome.Noted => words[WordKeys.OutcomeNoted],
                DecisionOutcome.Postponed => words[WordKeys.OutcomePostponed],
                DecisionOutcome.Rejected => words[WordKeys.OutcomeRejected],
                _ => null,
            };
            if (outcome is not null)
            {
                into.Add(ComposeContext.Bold(outcome));
            }

            RichTextComposer.Compose(context, decision.Text, into);
            Votes(words, decision.Votes, into);
            foreach (var remark in decision.Remarks)
            {
                into.Add(ComposeContext.Italic(words.Format(WordKeys.ProtocolRemark, ("author", remark.Author), ("text", remark.Text))));
            }
        }

        if (!item.Guests.IsEmpty && !NamesEveryGuest(item.Decision, item.Guests))
        {
            var names = words.Names(item.Guests.Select(g => g.ToString()).ToList());
            into.Add(ComposeContext.Text(Words.Capitalize(words.Format(WordKeys.GuestsAttended, ("names", names)))));
        }

        foreach (var conflict in item.ConflictsOfInterest)
        {
            into.Add(ComposeContext.Text(conflict.Reason is null
                ? words.Format(WordKeys.ConflictOfInterest, ("name", conflict.Name))
                : words.Format(WordKeys.ConflictOfInterestReason, ("name", conflict.Name), ("reason", conflict.Reason))));
        }

        if (!item.AbsentMembers.IsEmpty)
        {
            into.Add(ComposeContext.Text(words.Format(WordKeys.AbsentForItem, ("names", words.Names(item.AbsentMembers)))));
        }

        if (!item.FollowUps.IsEmpty)
        {
            into.Add(new PaperParagraph(ParagraphRole.Label, words[WordKeys.FollowUps]));
            into.Add(new PaperList(numbered: false, item.FollowUps.Select(f => (IReadOnlyList<PaperRun>)[new PaperRun(FollowUp(words, f))]).ToList()));
        }
    }

    private static string FollowUp(Words words, FollowUpAction action)
    {
        var parts = new List<string>(2);
        if (action.Who is not null)
        {
            parts.Add(words.Format(WordKeys.FollowUpWho, ("who", action.Who)));
        }

        if (action.Due is { } due)
        {
            parts.Add(words.Format(WordKeys.FollowUpDue, ("date", words.LongDate(due))));
        }

        return parts.Count == 0 ? action.What : $"{action.What} ({string.Join(", ", parts)})";
    }

    private static void Votes(Words words, ValueList<Vote> votes, List<PaperBlock> into)
    {
        foreach (var vote in votes)
        {
            if (vote.Point is { } point)
            {
                into.Add(new PaperParagraph(ParagraphRole.Label, words.Format(WordKeys.VotePoint, ("point", point.ToString(CultureInfo.InvariantCulture)))));
            }

            Tally(words, WordKeys.VotesFor, vote.For, into);
            Tally(words, WordKeys.VotesAgainst, vote.Against, into);
            Tally(words, WordKeys.VotesAbstaining, vote.Abstaining, into);
        }
    }

    /// <summary><c>For: 5 (A+V)</c>, <c>Imod: 1 (Åse Møller)</c>.</summary>
    private static void Tally(Words words, string labelKey, VoteTally tally, List<PaperBlock> into)
    {
        if (tally.Total == 0 && tally.Parties.IsEmpty && tally.Members.IsEmpty)
        {
            return;
        }

        var text = new StringBuilder().Append(tally.Total.ToString(CultureInfo.InvariantCulture));
        var who = new List<string>(2);
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

        into.Add(new PaperParagraph(ParagraphRole.Body, [new PaperRun(words[labelKey] + ":", bold: true), new PaperRun(" " + text)]));
    }

    // Secretaries often write "X og Y deltog under punktet" into the decision itself; the
    // line is then not printed a second time.
    private static bool NamesEveryGuest(Decision? decision, ValueList<Person> guests)
    {
        if (decision is null)
        {
            return false;
        }

        var text = string.Join('\n', decision.Text.Select(b => b switch
        {
            Paragraph p => p.PlainText(),
            BulletList l => string.Join('\n', l.Items.Select(i => i.PlainText())),
            NumberedList l => string.Join('\n', l.Items.Select(i => i.PlainText())),
            _ => string.Empty,
        }));
        return guests.All(g => text.Contains(g.Name, StringComparison.Ordinal));
    }
}
