using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Settings;
using NodaTime;
using static Kommune.Protocols.Tests.Paper.RealProtocolPrintingTests;

namespace Kommune.Protocols.Tests.Paper;

/// <summary>
/// The wording real papers use that the first layouts could not print (issue 14, the corpus's
/// known gaps): votes and attendance as sentences, a house style's own front and closing lines,
/// a run-on date line with the place, a role before the name, capitalized placeholders.
/// </summary>
public class HouseWordingTests
{
    [Fact]
    public void Vote_lines_can_be_sentences_with_the_count_in_words_and_the_parties_named()
    {
        var style = Style(new()
        {
            [WordKeys.VoteLine] = "{CountWords} {noun} ({partyNames}) {label}.",
            [WordKeys.VoteLineCount] = "{CountWords} {noun} {label}.",
            [WordKeys.VotesFor] = "stemte for",
            [WordKeys.VotesAgainst] = "stemte imod",
            [WordKeys.VotesAbstaining] = "undlod at stemme",
        });
        var vote = new Vote { For = new VoteTally { Count = 2, Parties = ["Nye Borgerlige", "Enhedslisten"] }, Against = new VoteTally { Count = 14 }, Abstaining = new VoteTally { Count = 1 } };

        var text = Print(Council(Item("1", decision: new Decision { Votes = [vote] })), style);

        Assert.Contains("To medlemmer (Nye Borgerlige og Enhedslisten) stemte for.", text, StringComparison.Ordinal);
        Assert.Contains("14 medlemmer stemte imod.", text, StringComparison.Ordinal);
        Assert.Contains("Et medlem undlod at stemme.", text, StringComparison.Ordinal);

        // Only a line that leads with its label has it in bold.
        Assert.DoesNotContain("**", Line(text, "stemte for"), StringComparison.Ordinal);
    }

    [Fact]
    public void Vote_lines_can_join_parties_and_members_with_plus_and_the_default_stays_label_first()
    {
        var style = Style(new()
        {
            [WordKeys.VoteLine] = "{count} {noun} ({joined}) {label}",
            [WordKeys.VotesFor] = "kan godkende",
        });
        var vote = new Vote { For = new VoteTally { Count = 3, Parties = ["C", "F"], Members = ["m4"] } };
        var meeting = Council(Item("1", decision: new Decision { Votes = [vote] }));

        Assert.Contains("3 medlemmer (C+F+Dan Dahl (V)) kan godkende", Print(meeting, style), StringComparison.Ordinal);
        Assert.Contains("**For:** 3 (C+F; Dan Dahl (V))", Print(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void Attendance_as_sentences_names_absences_substitutes_and_movements_and_loses_no_member()
    {
        var meeting = Council(Item("1"), Item("2")) with
        {
            Members =
            [
                new Member { Key = "m1", Name = "Anne Hansen", Party = "A", Role = MemberRole.Chair },
                new Member { Key = "m2", Name = "Bo Berg", Party = "A", Attendance = AttendanceStatus.AbsentWithNotice },
                new Member { Key = "m3", Name = "Carl Clausen", Party = "C", Attendance = AttendanceStatus.AbsentWithNotice, AbsenceReason = "sygdom" },
                new Member { Key = "m4", Name = "Dan Dahl", Party = "V", Movements = [new AttendanceChange { Kind = MovementKind.Left, At = new LocalTime(20, 15), Item = ItemNumber.Parse("1") }] },
                new Member { Key = "m5", Name = "Eva Eriksen", Party = "V", Attendance = AttendanceStatus.AbsentWithNotice },
                new Member { Key = "s1", Name = "Thomas Hust", Party = "A", Role = MemberRole.Substitute, SubstituteFor = "m2" },
            ],
        };
        var style = HouseStyle.Default with { AttendanceLayout = AttendanceLayout.Sentences };

        var text = Print(meeting, style);

        Assert.Contains("Alle medlemmer var mødt undtagen Bo Berg (A), Carl Clausen (C) og Eva Eriksen (V), der havde meldt afbud.", text, StringComparison.Ordinal);
        Assert.Contains("Thomas Hust (A) deltog som stedfortræder for Bo Berg (A).", text, StringComparison.Ordinal);
        Assert.Contains("Der mødte ikke en stedfortræder for Carl Clausen (C).", text, StringComparison.Ordinal);
        Assert.Contains("Der mødte ikke en stedfortræder for Eva Eriksen (V).", text, StringComparison.Ordinal);
        Assert.Contains("Dan Dahl (V) forlod mødet, kl. 20.15, under punkt 1.", text, StringComparison.Ordinal);

        // A member with more to say keeps the list line; the sentences are not said a second time in the list.
        Assert.Contains("Carl Clausen (C), afbud (sygdom)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thomas Hust (A), stedfortræder", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dan Dahl (V), forlod", text, StringComparison.Ordinal);
        Assert.All(meeting.Members, m => Assert.Contains(m.Name, text, StringComparison.Ordinal));

        // The list layout (the default) is unchanged.
        var list = Print(meeting);
        Assert.Contains("Thomas Hust (A), stedfortræder for Bo Berg (A)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("der havde meldt afbud", list, StringComparison.Ordinal);
    }

    [Fact]
    public void The_all_present_sentence_is_not_said_when_a_member_is_absent_without_notice()
    {
        var meeting = Council(Item("1")) with
        {
            Members =
            [
                new Member { Key = "m1", Name = "Anne Hansen", Party = "A" },
                new Member { Key = "m2", Name = "Bo Berg", Party = "A", Attendance = AttendanceStatus.AbsentWithNotice },
                new Member { Key = "m3", Name = "Carl Clausen", Party = "C", Attendance = AttendanceStatus.AbsentWithoutNotice },
            ],
        };
        var style = HouseStyle.Default with { AttendanceLayout = AttendanceLayout.Sentences };

        var text = Print(meeting, style);

        Assert.DoesNotContain("Alle medlemmer var mødt", text, StringComparison.Ordinal);
        Assert.Contains("Bo Berg (A)", text, StringComparison.Ordinal);
        Assert.Contains("Carl Clausen (C)", text, StringComparison.Ordinal);

        // A substitute who did not come is not one of the members the sentence speaks of.
        var withSubstitute = meeting with
        {
            Members = [meeting.Members[0], meeting.Members[1], new Member { Key = "s1", Name = "Sif Stær", Party = "A", Role = MemberRole.Substitute, Attendance = AttendanceStatus.CalledButAbsent }],
        };
        var sentence = Print(withSubstitute, style);
        Assert.Contains("Alle medlemmer var mødt undtagen Bo Berg (A), der havde meldt afbud.", sentence, StringComparison.Ordinal);
        Assert.Contains("Sif Stær (A)", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void No_substitute_sentence_in_a_meeting_without_substitutes()
    {
        var meeting = Council(Item("1")) with
        {
            Members = [new Member { Key = "m1", Name = "Anne Hansen", Party = "A" }, new Member { Key = "m2", Name = "Bo Berg", Party = "A", Attendance = AttendanceStatus.AbsentWithNotice }],
        };

        var text = Print(meeting, HouseStyle.Default with { AttendanceLayout = AttendanceLayout.Sentences });

        Assert.Contains("Alle medlemmer var mødt undtagen Bo Berg (A), der havde meldt afbud.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Der mødte ikke", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_may_stand_before_the_name_and_an_acting_chair_may_be_named_with_the_title()
    {
        var meeting = Council(Item("1")) with
        {
            Members = [new Member { Key = "m1", Name = "Anne Hansen", Party = "A", Role = MemberRole.Chair }, new Member { Key = "m2", Name = "Hanne Roed", Title = "1. næstformand", Role = MemberRole.ViceChair }],
            ActingChair = "m2",
        };
        var style = Style(new() { [WordKeys.ActingChair] = "{titleAndName} var mødeleder." }) with { RoleBeforeName = true };

        var text = Print(meeting, style);

        Assert.Contains("Formand Anne Hansen (A)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anne Hansen (A), formand", text, StringComparison.Ordinal);
        Assert.Contains("1. næstformand Hanne Roed var mødeleder.", text, StringComparison.Ordinal);

        // The title already names the role, so the role is not said again.
        Assert.DoesNotContain("Hanne Roed, næstformand", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Næstformand 1. næstformand", text, StringComparison.Ordinal);
        Assert.Contains("Anne Hansen (A), formand", Print(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void House_lines_print_what_the_meeting_has_and_a_line_that_needs_more_is_left_out()
    {
        var style = HouseStyle.Default with
        {
            FrontLines = ["Sager {firstItem} - {lastItem}", "Mødelokale: {location}"],
            EndLines = ["Mødet blev hævet kl. {end}.", "{Weekday} den {d}. {month}"],
        };
        var meeting = Council(Item("171"), Item("172"), Item("180")) with { End = new LocalTime(21, 5) };

        var text = Print(meeting, style);

        Assert.Contains("Sager 171 - 180", text, StringComparison.Ordinal);
        Assert.Contains("Mødet blev hævet kl. 21.05.", text, StringComparison.Ordinal);
        Assert.Contains("Tirsdag den 14. maj", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mødelokale", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Punkt 180", StringComparison.Ordinal) < text.IndexOf("Mødet blev hævet", StringComparison.Ordinal));

        var noEnd = Print(meeting with { End = null }, style);
        Assert.DoesNotContain("hævet", noEnd, StringComparison.Ordinal);
        Assert.DoesNotContain("{end}", noEnd, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_that_names_the_place_is_its_only_mention_and_a_capital_placeholder_capitalizes()
    {
        var meeting = Council(Item("1")) with { Location = "Regionsrådssalen, Viborg" };
        var style = Style(new() { [WordKeys.FrontDate] = "{Weekday} den {d}. {month} {yyyy} kl. {start} i {location}" });

        var text = Print(meeting, style);

        Assert.Contains("Tirsdag den 14. maj 2024 kl. 19.00 i Regionsrådssalen, Viborg", text, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(text, "Regionsrådssalen"));
        Assert.Equal(1, Occurrences(Print(meeting), "Regionsrådssalen"));
    }

    [Fact]
    public void An_optional_part_of_the_date_line_is_left_out_when_the_meeting_lacks_what_it_names()
    {
        var style = Style(new() { [WordKeys.FrontDate] = "den {d}. {month} {yyyy}{? kl. {start}}{? i {location}}" });
        var full = Council(Item("1")) with { Location = "Regionsrådssalen" };
        var bare = full with { Location = null, Start = null };

        Assert.Contains("den 14. maj 2024 kl. 19.00 i Regionsrådssalen", Print(full, style), StringComparison.Ordinal);
        var text = Print(bare, style);
        Assert.Contains("den 14. maj 2024\n", text.ReplaceLineEndings("\n") + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("kl.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2024 i", text, StringComparison.Ordinal);
        Assert.Contains("den 14. maj 2024 i Regionsrådssalen", Print(full with { Start = null }, style), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_meeting_prints_no_kind_unless_the_house_style_names_it()
    {
        var meeting = Council(Item("1")) with { Kind = MeetingKind.Ordinary };

        Assert.DoesNotContain("ORDINÆRT", Print(meeting), StringComparison.Ordinal);
        Assert.Contains("Kommunalbestyrelsen \u2013 ORDINÆRT MØDE", Print(meeting, Style(new() { [WordKeys.OrdinaryMeeting] = "ORDINÆRT MØDE" })), StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_house_style_members_survive_a_settings_file()
    {
        var style = HouseStyle.Default with
        {
            AttendanceLayout = AttendanceLayout.Sentences,
            RoleBeforeName = true,
            FrontLines = ["Sager {firstItem} - {lastItem}"],
            EndLines = ["Mødet blev hævet kl. {end}."],
        };

        var read = SettingsJson.ReadHouseStyle(SettingsJson.Write(style));

        Assert.Equal(AttendanceLayout.Sentences, read.AttendanceLayout);
        Assert.True(read.RoleBeforeName);
        Assert.Equal(style.FrontLines, read.FrontLines);
        Assert.Equal(style.EndLines, read.EndLines);
        Assert.Throws<SettingsJsonException>(() => SettingsJson.ReadHouseStyle("""{"endLines": ["kl. {end"]}"""));
        Assert.Throws<FormatException>(() => HouseStyle.Default with { FrontLines = ["{"] });
    }

    private static HouseStyle Style(Dictionary<string, string> labels) => HouseStyle.Default with { Labels = labels };

    private static string Print(Meeting meeting, HouseStyle? style = null) =>
        DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, new DocxOptions { Style = style ?? HouseStyle.Default }));

    private static string Line(string text, string part) => text.Split('\n').First(l => l.Contains(part, StringComparison.Ordinal));

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
