using System.Globalization;
using System.Text;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// The protocol part of an item: <i>Beslutning i {body} den {date}</i>, what became of the item,
/// the outcome when the text does not say it, the text, the decisions per point, the votes in the
/// order they were taken with each statement where it was made, remarks, the conclusion, and who
/// took part, was absent or had a conflict of interest, and the follow-up actions.
/// </summary>
internal static class DecisionComposer
{
    public static void Compose(ComposeContext context, AgendaItem item, List<PaperBlock> into)
    {
        var words = context.Words;
        var status = Status(words, item);
        if (item.Decision is { } decision)
        {
            var date = words.Date(WordKeys.DateDecision, decision.Date ?? context.Meeting.Date);
            into.Add(new PaperHeading(HeadingRole.Section, words.Format(WordKeys.DecisionHeading, ("body", decision.Body ?? context.Meeting.Body.Name), ("date", date))));
            if (status is not null)
            {
                into.Add(ComposeContext.Bold(status));
            }

            if (OutcomeLabel(words, decision.Outcome, decision.OutcomeText) is { } outcome && ShowsOutcome(context, decision, outcome, written: decision.OutcomeText is not null))
            {
                into.Add(ComposeContext.Bold(outcome));
            }

            RichTextComposer.Compose(context, decision.Text, into);
            PointDecisions(context, decision.Points, into);
            for (var v = 0; v < decision.Votes.Count; v++)
            {
                Statements(context, decision.Statements, v, StatementPlacement.Before, decision.Votes.Count, into);
                Vote(context, decision.Votes[v], item, into);
                Statements(context, decision.Statements, v, StatementPlacement.After, decision.Votes.Count, into);
            }

            Statements(context, decision.Statements, vote: null, placement: null, decision.Votes.Count, into);
            foreach (var remark in decision.Remarks)
            {
                into.Add(ComposeContext.Italic(words.Format(WordKeys.ProtocolRemark, ("author", context.Name(remark.Author)), ("text", remark.Text))));
            }

            RichTextComposer.Compose(context, decision.Conclusion, into);
        }
        else if (status is not null)
        {
            into.Add(ComposeContext.Bold(status));
        }

        var decisionText = DecisionText(item.Decision);
        if (!item.Guests.IsEmpty && !item.Guests.All(g => decisionText.Contains(g.Name, StringComparison.Ordinal)))
        {
            var names = words.Names(item.Guests.Select(g => g.ToString()).ToList());
            into.Add(ComposeContext.Text(Words.Capitalize(words.Format(WordKeys.GuestsAttended, ("names", names)))));
        }

        foreach (var conflict in item.ConflictsOfInterest)
        {
            var name = context.Name(conflict.Name);
            into.Add(ComposeContext.Text(conflict.Reason is null
                ? words.Format(WordKeys.ConflictOfInterest, ("name", name))
                : words.Format(WordKeys.ConflictOfInterestReason, ("name", name), ("reason", conflict.Reason))));
        }

        // Absent for the item: those listed on it and those whose absence follows from leaving,
        // arriving or an item range; not when the decision text already names every one of them.
        var absent = Absentees(context, item);
        if (absent.Count > 0 && !absent.All(a => decisionText.Contains(a.Name, StringComparison.Ordinal)))
        {
            into.Add(ComposeContext.Text(words.Format(WordKeys.AbsentForItem, ("names", words.Names([.. absent.Select(a => a.Printed)])))));
        }

        if (!item.FollowUps.IsEmpty)
        {
            into.Add(new PaperParagraph(ParagraphRole.Label, words[WordKeys.FollowUps]));
            into.Add(new PaperList(numbered: false, item.FollowUps.Select(f => (IReadOnlyList<PaperRun>)[new PaperRun(FollowUp(context, f))]).ToList()));
        }
    }

    public static string? OutcomeLabel(Words words, DecisionOutcome outcome, string? outcomeText) => outcomeText ?? outcome switch
    {
        DecisionOutcome.Approved => words[WordKeys.OutcomeApproved],
        DecisionOutcome.Recommended => words[WordKeys.OutcomeRecommended],
        DecisionOutcome.Noted => words[WordKeys.OutcomeNoted],
        DecisionOutcome.Postponed => words[WordKeys.OutcomePostponed],
        DecisionOutcome.Rejected => words[WordKeys.OutcomeRejected],
        _ => null,
    };

    public static void PointDecisions(ComposeContext context, ValueList<PointDecision> points, List<PaperBlock> into)
    {
        var words = context.Words;
        foreach (var point in points)
        {
            var lead = words.Format(WordKeys.PointDecision, ("point", point.Point.ToString(CultureInfo.InvariantCulture)));
            var outcome = OutcomeLabel(words, point.Outcome, null);
            var first = point.Text.Count > 0 && point.Text[0] is Paragraph p ? p : null;
            if (first is not null && (outcome is null || SaysFirst(first.PlainText(), outcome)))
            {
                // "Ad 1: Godkendt med ..." on one line, the rest of the text after it.
                into.Add(new PaperParagraph(ParagraphRole.Body, [new PaperRun(lead, bold: true), new PaperRun(" "), .. RichTextComposer.Runs(first.Runs)]));
                RichTextComposer.Compose(context, ValueList.From(point.Text.Skip(1)), into);
            }
            else
            {
                into.Add(new PaperParagraph(ParagraphRole.Body, outcome is null ? [new PaperRun(lead, bold: true)] : [new PaperRun(lead, bold: true), new PaperRun(" " + outcome)]));
                RichTextComposer.Compose(context, point.Text, into);
            }
        }
    }

    /// <summary>One vote: its motion, the point, each side with its count and who, and the stated result.</summary>
    public static void Vote(ComposeContext context, Vote vote, AgendaItem? item, List<PaperBlock> into)
    {
        var words = context.Words;
        if (vote.Motion is { } motion)
        {
            into.Add(ComposeContext.Text(motion));
        }

        if (vote.Proposer is { } proposer)
        {
            into.Add(ComposeContext.Italic(words.Format(WordKeys.VoteProposer, ("proposer", context.Name(proposer)))));
        }

        if (vote.Point is { } point)
        {
            into.Add(new PaperParagraph(ParagraphRole.Label, words.Format(WordKeys.VotePoint, ("point", point.ToString(CultureInfo.InvariantCulture)))));
        }

        Tally(context, vote, vote.For, WordKeys.VotesFor, item, into);
        Tally(context, vote, vote.Against, WordKeys.VotesAgainst, item, into);
        Tally(context, vote, vote.Abstaining, WordKeys.VotesAbstaining, item, into);
        Tally(context, vote, vote.Reservation, WordKeys.VotesReservation, item, into);
        if (vote.Result is { } result)
        {
            into.Add(ComposeContext.Text(result));
        }
    }

    /// <summary>
    /// <c>For: 5 (A+V)</c>, <c>Imod: 1 (Åse Møller (C))</c>, or the house style's sentence (<c>To medlemmer
    /// (Nye Borgerlige og Enhedslisten) stemte for.</c>); the count derived from the members present
    /// when not stated, never a made-up 0.
    /// </summary>
    private static void Tally(ComposeContext context, Vote vote, VoteTally tally, string labelKey, AgendaItem? item, List<PaperBlock> into)
    {
        if (tally.Count is null && tally.Parties.IsEmpty && tally.Members.IsEmpty)
        {
            return;
        }

        var words = context.Words;
        var count = item is null ? (tally.Count ?? (tally.Members.IsEmpty ? null : tally.Members.Count)) : context.Attendance.Count(vote, tally, item);
        var parties = string.Join("+", tally.Parties);
        var members = tally.Members.Select(context.Name).ToList();
        var who = new List<string>(2);
        if (!tally.Parties.IsEmpty)
        {
            who.Add(parties);
        }

        if (members.Count > 0)
        {
            who.Add(string.Join(", ", members));
        }

        var whoText = string.Join("; ", who);
        var countText = count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var tallyText = count is null ? whoText : who.Count == 0 ? countText : $"{countText} ({whoText})";
        var label = words[labelKey];
        var key = count is null ? WordKeys.VoteLineWho : who.Count == 0 ? WordKeys.VoteLineCount : WordKeys.VoteLine;
        var line = words.Format(
            key,
            ("label", label),
            ("tally", tallyText),
            ("count", countText),
            ("countWords", count is >= 0 and <= 12 ? words["number" + count.Value.ToString(CultureInfo.InvariantCulture)] : countText),
            ("noun", words[count == 1 ? WordKeys.VoteMember : WordKeys.VoteMembers]),
            ("who", whoText),
            ("parties", parties),
            ("partyNames", words.Names([.. tally.Parties])),
            ("members", string.Join(", ", members)),
            ("joined", string.Join("+", tally.Parties.Concat(members))));

        // A line that leads with its label (For: 5) shows the label, and its colon, in bold.
        var lead = label.Length > 0 && line.StartsWith(label, StringComparison.Ordinal) ? label.Length + (line.Length > label.Length && line[label.Length] == ':' ? 1 : 0) : 0;
        into.Add(new PaperParagraph(ParagraphRole.Body, lead == 0 ? [new PaperRun(line)] : [new PaperRun(line[..lead], bold: true), .. line.Length > lead ? [new PaperRun(line[lead..])] : Array.Empty<PaperRun>()]));
    }

    /// <summary>The statements at one place: before or after a vote, or (vote null) those tied to no vote that exists, after all votes.</summary>
    private static void Statements(ComposeContext context, ValueList<Statement> statements, int? vote, StatementPlacement? placement, int votes, List<PaperBlock> into)
    {
        foreach (var statement in statements)
        {
            var tiedToVote = statement.Vote is { } v && v >= 0 && v < votes;
            var matches = vote is null
                ? !tiedToVote
                : tiedToVote && statement.Vote == vote && (statement.Placement == placement || (placement == StatementPlacement.After && statement.Placement != StatementPlacement.Before));
            if (!matches)
            {
                continue;
            }

            var key = statement.Kind switch
            {
                StatementKind.ExplanationOfVote => WordKeys.StatementExplanationOfVote,
                StatementKind.MinorityStatement => WordKeys.StatementMinorityStatement,
                StatementKind.Protokollat => WordKeys.StatementProtokollat,
                StatementKind.SpecialRecommendation => WordKeys.StatementSpecialRecommendation,
                StatementKind.Reservation => WordKeys.StatementReservation,
                _ => WordKeys.StatementProtocolRemark,
            };
            var lead = context.Words.Format(key, ("authors", context.Names(statement.Authors)));
            var first = statement.Text.Count > 0 && statement.Text[0] is Paragraph p ? p : null;
            if (first is not null)
            {
                into.Add(new PaperParagraph(ParagraphRole.Body, [new PaperRun(lead, italic: true), new PaperRun(" "), .. RichTextComposer.Runs(first.Runs)]));
                RichTextComposer.Compose(context, ValueList.From(statement.Text.Skip(1)), into);
            }
            else
            {
                into.Add(ComposeContext.Italic(lead));
                RichTextComposer.Compose(context, statement.Text, into);
            }
        }
    }

    private static string? Status(Words words, AgendaItem item)
    {
        var status = item.Status switch
        {
            ItemStatus.Postponed => words[WordKeys.StatusPostponed],
            ItemStatus.TakenOff => words[WordKeys.StatusTakenOff],
            ItemStatus.ReferredBack => words[WordKeys.StatusReferredBack],
            _ => null,
        };
        // A reason recorded for a handled item (no status word) is still the secretary's text: print it alone.
        return item.StatusReason is not { } reason ? status
            : status is null ? reason
            : words.Format(WordKeys.StatusReason, ("status", status), ("reason", reason));
    }

    // A label followed by the same words ("Godkendt." then "Godkendt.") is printed once: the text says it.
    // An outcome the secretary wrote in words is printed unless the text says it; a recorded
    // outcome alone only when the style asks for labels or there is no text to say it.
    private static bool ShowsOutcome(ComposeContext context, Decision decision, string outcome, bool written)
    {
        if (decision.Text.IsEmpty && decision.Points.IsEmpty)
        {
            return true;
        }

        if (!written && context.Style.OutcomeLabels != OutcomeLabels.Always)
        {
            return false;
        }

        return !(decision.Text.Count > 0 && decision.Text[0] is Paragraph first && SaysFirst(first.PlainText(), outcome));
    }

    private static bool SaysFirst(string text, string outcome) =>
        text.TrimStart().StartsWith(outcome.TrimEnd('.', ' '), StringComparison.OrdinalIgnoreCase);

    private static List<(string Name, string Printed)> Absentees(ComposeContext context, AgendaItem item)
    {
        var list = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in item.AbsentMembers)
        {
            var member = context.Attendance.Find(reference);
            if (seen.Add(member?.Reference ?? reference))
            {
                list.Add((member?.Name ?? reference, context.Name(reference)));
            }
        }

        foreach (var member in context.Meeting.Members)
        {
            if (context.Attendance.IsDerivedAbsent(member, item) && seen.Add(member.Reference))
            {
                list.Add((member.Name, context.Name(member.Reference)));
            }
        }

        return list;
    }

    private static string DecisionText(Decision? decision)
    {
        if (decision is null)
        {
            return string.Empty;
        }

        return string.Join('\n', decision.Text.Concat(decision.Conclusion).Select(b => b switch
        {
            Paragraph p => p.PlainText(),
            BulletList l => string.Join('\n', l.Items.Select(i => i.PlainText())),
            NumberedList l => string.Join('\n', l.Items.Select(i => i.PlainText())),
            _ => string.Empty,
        }));
    }

    private static string FollowUp(ComposeContext context, FollowUpAction action)
    {
        var words = context.Words;
        var parts = new List<string>(2);
        if (action.Who is not null)
        {
            parts.Add(words.Format(WordKeys.FollowUpWho, ("who", context.Name(action.Who))));
        }

        if (action.Due is { } due)
        {
            parts.Add(words.Format(WordKeys.FollowUpDue, ("date", words.LongDate(due))));
        }

        return parts.Count == 0 ? action.What : $"{action.What} ({string.Join(", ", parts)})";
    }
}
