using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// The meeting's members as read: names cleaned (spaces collapsed, a party letter inside the
/// name taken out), roles mapped, attendance recorded, and each name once (the model identifies
/// members by name).
/// </summary>
internal sealed class MemberList(ImportContext context)
{
    private readonly List<Member> members = [];
    private readonly Dictionary<string, SourceElement> places = new(StringComparer.Ordinal);
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>
    /// The members. A substitute must name the member they stand in for (the model checks it,
    /// KP402), and no export says: the one absent member of the same party is assumed; with none
    /// or several, the substitute is listed as a member titled as the source calls them (IMP306).
    /// </summary>
    public ValueList<Member> ToList()
    {
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Role != MemberRole.Substitute || member.SubstituteFor is not null)
            {
                continue;
            }

            var candidates = members.Where(m => m.Role != MemberRole.Substitute && m.Attendance != AttendanceStatus.Present && m.Party is not null && m.Party == member.Party).ToList();
            if (candidates.Count == 1 && !members.Exists(m => m.SubstituteFor == candidates[0].Name))
            {
                members[i] = member with { SubstituteFor = candidates[0].Name, Title = null };
                context.Report(ImportCodes.SubstituteGuessed, places[member.Name], $"{member.Name} is a substitute but the source does not say for whom; {candidates[0].Name}, the one absent member of the same party, was assumed.");
            }
            else
            {
                members[i] = member with { Role = MemberRole.Member, Title = member.Title ?? "Stedfortræder" };
                context.Report(ImportCodes.SubstituteGuessed, places[member.Name], $"{member.Name} is a substitute but the source does not say for whom, and no single absent member of the same party stands out; {member.Name} was listed as a member titled Stedfortræder.");
            }
        }

        return ValueList.From(members);
    }

    /// <summary>A name cleaned the same way members' are, so item-level lists (absences, votes) match them.</summary>
    public static string CleanName(string raw) => PersonNames.Split(raw).Name;

    /// <summary>Adds a member; returns false when the member was left out (no name, or listed already).</summary>
    public bool Add(SourceElement at, string? rawName, string? partyField, string? roleText, AttendanceStatus attendance, string? absenceReason = null, string? note = null)
    {
        if (SourceValues.Line(rawName) is not { } line)
        {
            context.Report(ImportCodes.MemberDropped, at, "a member without a name was left out.");
            return false;
        }

        var (name, partyInName) = PersonNames.Split(line);
        var party = SourceValues.Line(partyField);
        if (party is not null && partyInName is not null && party != partyInName)
        {
            context.Report(ImportCodes.PartyConflict, at, $"'{line}' names party {partyInName} but the party field says {party}; {party} was kept.");
        }

        party ??= partyInName;
        if (!names.Add(name))
        {
            context.Report(ImportCodes.MemberDropped, at, $"'{name}' is listed twice; the second listing was left out.");
            return false;
        }

        var role = MemberRole.Member;
        string? title = null;
        if (SourceValues.Line(roleText) is { } roleLine)
        {
            if (PersonNames.Role(roleLine) is { } known)
            {
                role = known;
                title = known == MemberRole.Chair && roleLine.Equals("borgmester", StringComparison.OrdinalIgnoreCase) ? "Borgmester"
                    : known == MemberRole.Substitute ? roleLine
                    : null;
            }
            else
            {
                context.Report(ImportCodes.RoleUnknown, at, $"the role '{roleLine}' of {name} is not one the model knows; {name} is a member with '{roleLine}' as title.");
                title = roleLine;
            }
        }

        var noteLine = SourceValues.Line(note);
        places[name] = at;
        members.Add(new Member
        {
            Name = name,
            Party = party,
            Title = title,
            Role = role,
            Attendance = attendance,
            AbsenceReason = attendance == AttendanceStatus.Present ? null : SourceValues.Line(absenceReason) ?? noteLine,
            Partial = attendance == AttendanceStatus.Present && noteLine is not null ? new PartialAttendance { Note = noteLine } : null,
        });
        return true;
    }

    /// <summary>Sets the attendance of a listed member (Acadre lists members and attendance apart); false when the name is not listed.</summary>
    public bool SetAttendance(string rawName, AttendanceStatus attendance)
    {
        var name = CleanName(rawName);
        var at = members.FindIndex(m => m.Name == name);
        if (at < 0)
        {
            return false;
        }

        members[at] = members[at] with { Attendance = attendance };
        return true;
    }
}
