using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

/// <summary>Votes, statements, conflicts, absences, substitutions and the acting chair name members the meeting lists (when it lists any); party letters are allowed where a side or author may be a group.</summary>
internal sealed class MemberReferencesKnown() : Rule("KP408", Severity.Warning, "A member referred to (in a vote, statement, conflict of interest, absence, substitution or as acting chair) is one of the meeting's members, when members are listed.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var meeting = context.Meeting;
        if (meeting.Members.IsEmpty)
        {
            yield break;
        }

        var parties = new HashSet<string>(meeting.Members.Select(m => m.Party).OfType<string>(), StringComparer.Ordinal);
        if (meeting.ActingChair is { } acting && Unknown(context, acting))
        {
            yield return new Finding("actingChair", ("name", acting));
        }

        foreach (var (path, item) in context.AllItems)
        {
            for (var a = 0; a < item.AbsentMembers.Count; a++)
            {
                if (Unknown(context, item.AbsentMembers[a]))
                {
                    yield return new Finding($"{path}.absentMembers[{a}]", ("name", item.AbsentMembers[a]));
                }
            }

            if (item.Decision is not { } decision)
            {
                continue;
            }

            for (var v = 0; v < decision.Votes.Count; v++)
            {
                foreach (var (side, tally) in Sides(decision.Votes[v]))
                {
                    for (var m = 0; m < tally.Members.Count; m++)
                    {
                        if (Unknown(context, tally.Members[m]))
                        {
                            yield return new Finding($"{path}.decision.votes[{v}].{side}.members[{m}]", ("name", tally.Members[m]));
                        }
                    }
                }
            }

            for (var s = 0; s < decision.Statements.Count; s++)
            {
                var authors = decision.Statements[s].Authors;
                for (var a = 0; a < authors.Count; a++)
                {
                    if (Unknown(context, authors[a]) && !parties.Contains(authors[a]))
                    {
                        yield return new Finding($"{path}.decision.statements[{s}].authors[{a}]", ("name", authors[a]));
                    }
                }
            }
        }
    }

    internal static IEnumerable<(string Side, VoteTally Tally)> Sides(Vote vote) =>
        [("for", vote.For), ("against", vote.Against), ("abstaining", vote.Abstaining), ("reservation", vote.Reservation)];

    private static bool Unknown(ValidationContext context, string reference) => context.Attendance.Find(reference) is null;
}
