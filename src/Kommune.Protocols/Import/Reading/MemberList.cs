using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// The meeting's members as read: names cleaned (spaces collapsed, a party letter inside the
/// name taken out), roles mapped, attendance recorded, each name once, and each member given a
/// stable key that item-level lists (absences) use to refer to them.
/// </summary>
/// <remarks>
/// None of the formats gives a member an identifier, so the key is made from the name
/// (<c>Søren Ørum</c> is <c>soeren-oerum</c>): the same person has the same key in the agenda and
/// in the protocol of a meeting, and in the next meeting's papers, which a key by position in the
/// list would not give once the list changes.
/// </remarks>
internal sealed partial class MemberList(ImportContext context)
{
    private readonly List<Member> members = [];
    private readonly Dictionary<string, SourceElement> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> keyByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

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
            if (candidates.Count == 1 && !members.Exists(m => m.SubstituteFor == candidates[0].Reference))
            {
                members[i] = member with { SubstituteFor = candidates[0].Reference, Title = null };
                context.Report(ImportCodes.SubstituteGuessed, places[member.Reference], $"{member.Name} is a substitute but the source does not say for whom; {candidates[0].Name}, the one absent member of the same party, was assumed.");
            }
            else
            {
                members[i] = member with { Role = MemberRole.Member, SubstituteRank = null, Title = member.Title ?? "Stedfortræder" };
                context.Report(ImportCodes.SubstituteGuessed, places[member.Reference], $"{member.Name} is a substitute but the source does not say for whom, and no single absent member of the same party stands out; {member.Name} was listed as a member titled {members[i].Title}.");
            }
        }

        return ValueList.From(members);
    }

    /// <summary>A name cleaned the same way members' are, so item-level lists (absences, votes) match them.</summary>
    public static string CleanName(string raw) => PersonNames.Split(raw).Name;

    /// <summary>
    /// How an item-level list refers to the person a source names: the listed member's key, or
    /// the cleaned name when no member has that name (validation then warns, KP408).
    /// </summary>
    public string Reference(string rawName)
    {
        var name = CleanName(rawName);
        return keyByName.GetValueOrDefault(name, name);
    }

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
        if (keyByName.ContainsKey(name))
        {
            context.Report(ImportCodes.MemberDropped, at, $"'{name}' is listed twice; the second listing was left out.");
            return false;
        }

        var role = MemberRole.Member;
        string? title = null;
        int? rank = null;
        if (SourceValues.Line(roleText) is { } roleLine)
        {
            if (RankedSubstitute().Match(roleLine) is { Success: true } ranked)
            {
                // "1. stedfortræder": the rank is the model's, the word stays for the fallback title.
                role = MemberRole.Substitute;
                rank = int.Parse(ranked.Groups[1].Value, CultureInfo.InvariantCulture);
                title = roleLine;
            }
            else if (PersonNames.Role(roleLine) is { } known)
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

        var key = NewKey(name);
        keyByName[name] = key;
        var noteLine = SourceValues.Line(note);
        places[key] = at;
        members.Add(new Member
        {
            Key = key,
            Name = name,
            Party = party,
            Title = title,
            Role = role,
            SubstituteRank = rank,
            Attendance = attendance,
            AbsenceReason = attendance == AttendanceStatus.Present ? null : SourceValues.Line(absenceReason) ?? noteLine,
            Partial = attendance == AttendanceStatus.Present && noteLine is not null ? Partial(noteLine) : null,
        });
        return true;
    }

    /// <summary>
    /// A present member's note as partial attendance: the note as written (the paper prints it),
    /// and the times it states (<c>fra kl. 16.30</c>, <c>til kl. 18.40</c>), read by the library's
    /// time reader, so that the attendance can be reasoned about. Item numbers in the note
    /// (<c>under punkt 2</c>) are not read: whether the member took part in that item is not said.
    /// </summary>
    private static PartialAttendance Partial(string note)
    {
        NodaTime.LocalTime? from = null, until = null;
        foreach (Match time in NoteTime().Matches(note))
        {
            if (Formatting.DanishText.TryParseTime(time.Groups[2].Value, out var value))
            {
                if (time.Groups[1].Value.Equals("fra", StringComparison.OrdinalIgnoreCase))
                {
                    from ??= value;
                }
                else
                {
                    until ??= value;
                }
            }
        }

        return new PartialAttendance { From = from, Until = until, Note = note };
    }

    /// <summary>Sets the attendance of a listed member (Acadre lists members and attendance apart); false when the name is not listed.</summary>
    public bool SetAttendance(string rawName, AttendanceStatus attendance)
    {
        if (!keyByName.TryGetValue(CleanName(rawName), out var key))
        {
            return false;
        }

        var at = members.FindIndex(m => m.Key == key);
        members[at] = members[at] with { Attendance = attendance };
        return true;
    }

    /// <summary>The name in lower-case ASCII with hyphens (æ ø å as ae oe aa), made unique with <c>-2</c>, <c>-3</c>.</summary>
    internal static string KeyOf(string name)
    {
        var lower = name.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            // Accents go (é is e) by a fixed table, not Unicode normalization: keys must be the same with and without ICU.
            var plain = char.IsAsciiLetterOrDigit(c) ? c.ToString() : Unaccented(c);
            if (plain is not null)
            {
                builder.Append(plain);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                // Everything else between letters becomes one hyphen.
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static string? Unaccented(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'ā' or 'ą' => "a",
        'ç' or 'ć' or 'č' => "c",
        'ď' or 'đ' => "d",
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ę' or 'ě' => "e",
        'ì' or 'í' or 'î' or 'ï' or 'ī' => "i",
        'ł' => "l",
        'ñ' or 'ń' or 'ň' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ō' or 'ő' => "o",
        'ř' => "r",
        'ś' or 'š' or 'ş' => "s",
        'ß' => "ss",
        'ť' => "t",
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => "u",
        'ý' or 'ÿ' => "y",
        'ź' or 'ż' or 'ž' => "z",
        _ => null,
    };

    private string NewKey(string name)
    {
        var stem = KeyOf(name);
        if (stem.Length == 0)
        {
            // A name of no Latin letters or digits at all still needs a key; its place in the list is stable within the file.
            stem = string.Create(CultureInfo.InvariantCulture, $"member-{members.Count + 1}");
        }

        // A name that is already someone's key (a lower-case one-word name) is avoided too: KP414 forbids it.
        var key = stem;
        for (var n = 2; keys.Contains(key) || keyByName.ContainsKey(key); n++)
        {
            key = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        keys.Add(key);
        return key;
    }

    [GeneratedRegex(@"\b(fra|til) (?:kl\.? ?|klokken )([0-9]{1,2}[.:][0-9]{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoteTime();

    [GeneratedRegex(@"^([0-9]{1,2})\.? ?(?:suppleant|stedfortræder)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RankedSubstitute();
}
