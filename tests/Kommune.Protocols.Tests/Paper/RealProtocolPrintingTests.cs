using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using NodaTime;

namespace Kommune.Protocols.Tests.Paper;

/// <summary>
/// What councils record, printed as a secretary expects: each test is a defect seen on real
/// protocols printed by the first version (issue 14), or a fact the model could not hold.
/// </summary>
public class RealProtocolPrintingTests
{
    private static readonly LocalDate Day = new(2024, 5, 14);

    [Fact]
    public void An_outcome_label_is_not_followed_by_the_same_words_nor_printed_over_a_text_that_says_otherwise()
    {
        var same = Print(Council(Item("1", decision: new Decision { Outcome = DecisionOutcome.Approved, Text = [Paragraph.Of("Godkendt.")] })));
        Assert.Equal(1, Count(same, "Godkendt."));

        var other = Print(Council(Item("1", decision: new Decision { Outcome = DecisionOutcome.Recommended, Text = [Paragraph.Of("Udvalget tog orienteringen til efterretning.")] })));
        Assert.DoesNotContain("Anbefales.", other, StringComparison.Ordinal);

        var labelOnly = Print(Council(Item("1", decision: new Decision { Outcome = DecisionOutcome.Approved })));
        Assert.Contains("**Godkendt.**", labelOnly, StringComparison.Ordinal);
    }

    [Fact]
    public void Votes_print_in_the_order_taken_with_motion_and_result_and_statements_where_they_were_made()
    {
        var decision = new Decision
        {
            Votes =
            [
                new Vote { Kind = VoteKind.Amendment, Motion = "Formanden satte ændringsforslaget fra V til afstemning.", Proposer = "V", For = new VoteTally { Parties = ["V"] }, Against = new VoteTally { Parties = ["A", "C"] }, Result = "Ændringsforslaget bortfaldt." },
                new Vote { Motion = "Herefter satte formanden indstillingen til afstemning.", For = new VoteTally { Parties = ["A", "C"] }, Against = new VoteTally { Parties = ["V"] }, Result = "Indstillingen blev godkendt." },
            ],
            Statements =
            [
                new Statement { Kind = StatementKind.ExplanationOfVote, Authors = ["V"], Text = [Paragraph.Of("V ønsker lavere skatter.")], Vote = 0, Placement = StatementPlacement.Before },
                new Statement { Kind = StatementKind.ProtocolRemark, Authors = ["m1"], Text = [Paragraph.Of("Jeg er uenig.")], Vote = 1 },
            ],
        };
        var text = Print(Council(Item("1", decision: decision)));

        var order = new[] { "Stemmeforklaring fra V:", "ændringsforslaget fra V", "Forslagsstiller: V", "Ændringsforslaget bortfaldt.", "indstillingen til afstemning", "Indstillingen blev godkendt.", "Protokolbemærkning fra Anne Hansen (A):" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_vote_by_parties_counts_the_members_present_and_never_prints_zero()
    {
        var vote = new Vote { For = new VoteTally { Parties = ["A", "C"] }, Against = new VoteTally { Parties = ["V"] }, Abstaining = new VoteTally { Members = ["m5"] } };
        var text = Print(Council(Item("1", decision: new Decision { Votes = [vote] })));

        // A has two members present and C one; V has two, one of whom (m5) abstained by name.
        Assert.Contains("**For:** 3 (A+C)", text, StringComparison.Ordinal);
        Assert.Contains("**Imod:** 1 (V)", text, StringComparison.Ordinal);
        Assert.Contains("**Undlod at stemme:** 1 (Eva Eriksen (V))", text, StringComparison.Ordinal);
        Assert.DoesNotContain(": 0", text, StringComparison.Ordinal);

        var withoutMembers = Print(Council(Item("1", decision: new Decision { Votes = [vote] })) with { Members = [] });
        Assert.Contains("**For:** A+C", withoutMembers, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_who_left_is_absent_from_the_later_items_and_their_votes_are_not_counted()
    {
        var meeting = Council(
            Item("1", decision: new Decision { Votes = [new Vote { For = new VoteTally { Parties = ["A"] } }] }),
            Item("2", decision: new Decision { Votes = [new Vote { For = new VoteTally { Parties = ["A"] } }] }));
        meeting = meeting with
        {
            Members = [.. meeting.Members.Select(m => m.Key == "m2" ? m with { Movements = [new AttendanceChange { Kind = MovementKind.Left, At = new LocalTime(20, 10), Item = ItemNumber.Parse("1"), Timing = MovementTiming.After }] } : m)],
        };

        var text = Print(meeting);

        Assert.Contains("Bo Berg (A), forlod mødet, kl. 20.10, efter punkt 1", text, StringComparison.Ordinal);
        var item2 = text[text.IndexOf("[Heading1] 2.", StringComparison.Ordinal)..];
        Assert.Contains("**For:** 1 (A)", item2, StringComparison.Ordinal);
        Assert.Contains("Fraværende under punktet: Bo Berg (A).", item2, StringComparison.Ordinal);
        var item1 = text[text.IndexOf("[Heading1] 1.", StringComparison.Ordinal)..text.IndexOf("[Heading1] 2.", StringComparison.Ordinal)];
        Assert.Contains("**For:** 2 (A)", item1, StringComparison.Ordinal);
    }

    [Fact]
    public void Absentees_named_in_the_decision_text_are_not_printed_twice()
    {
        var item = Item("1", decision: new Decision { Text = [Paragraph.Of("Godkendt. Bo Berg var fraværende.")] }) with { AbsentMembers = ["m2"] };

        var text = Print(Council(item));

        Assert.DoesNotContain("Fraværende under punktet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ended_item_ranges_are_said_in_words()
    {
        var meeting = Council(Item("3"), Item("4"), Item("9"));
        meeting = meeting with
        {
            Members = [.. meeting.Members.Select(m => m.Key switch
            {
                "m1" => m with { AbsentItems = [new ItemRange { To = ItemNumber.Parse("4") }] },
                "m2" => m with { AbsentItems = [new ItemRange { From = ItemNumber.Parse("9") }] },
                "m3" => m with { AbsentItems = [new ItemRange { From = ItemNumber.Parse("3"), To = ItemNumber.Parse("4") }] },
                _ => m,
            })],
        };

        var text = Print(meeting);

        Assert.Contains("fraværende under punkt til og med 4", text, StringComparison.Ordinal);
        Assert.Contains("fraværende under punkt 9 og frem", text, StringComparison.Ordinal);
        Assert.Contains("fraværende under punkt 3-4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("punkt -", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_recommendation_point_reads_as_a_sentence()
    {
        var item = Item("1") with { Recommendation = new Recommendation { Recommender = "Forvaltningen indstiller,", Points = ["at budgettet godkendes."] } };

        var text = Print(Council(item));

        Assert.Contains("[Normal] Forvaltningen indstiller,\n[Normal] at budgettet godkendes.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1. at budgettet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Forvaltningen indstiller,**", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_time_prints_without_a_start_time()
    {
        var text = Print(Council() with { Start = null, End = new LocalTime(21, 33) });

        Assert.Contains("[FrontField] **Tidspunkt**→til kl. 21.33", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_in_words_throughout_the_default_paper()
    {
        var text = Print(Council(Item("1", decision: new Decision { Text = [Paragraph.Of("Godkendt.")] })));

        Assert.Contains("[Heading2] Beslutning i Kommunalbestyrelsen den 14. maj 2024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("14-05-2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_says_so_once_on_a_page_in_the_header()
    {
        var text = Print(Council(Item("1", decision: new Decision { Text = [Paragraph.Of("Godkendt.")] })) with { Stage = DocumentStage.Protocol });

        Assert.Equal(1, Count(text, "UDKAST"));
        Assert.Contains("-- header default --\n[Header] Kommunalbestyrelsen→14. maj 2024\n[DraftMark] UDKAST", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_and_its_value_share_a_line_unless_the_house_style_says_otherwise()
    {
        var item = Item("1") with { DecisionAuthority = "Økonomiudvalget" };

        Assert.Contains("[Normal] **Beslutningskompetence:** Økonomiudvalget\n", Print(Council(item)), StringComparison.Ordinal);
        Assert.Contains("[Label] Beslutningskompetence\n[Normal] Økonomiudvalget\n", Print(Council(item), HouseStyle.Default with { InlineLabels = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_substitute_line_keeps_the_party_of_the_member_replaced_and_says_rank_and_list()
    {
        var meeting = Council();
        meeting = meeting with
        {
            Members =
            [
                .. meeting.Members.Select(m => m.Key == "m4" ? m with { Attendance = AttendanceStatus.AbsentWithNotice, AbsenceReason = "ferie" } : m),
                new Member { Key = "s1", Name = "Ida Holm", Party = "V", Role = MemberRole.Substitute, SubstituteFor = "m4", SubstituteRank = 1, SubstituteList = "V" },
            ],
        };

        var text = Print(meeting);

        Assert.Contains("Ida Holm (V), 1. stedfortræder, liste V, stedfortræder for Dan Dahl (V)", text, StringComparison.Ordinal);
        Assert.Contains("Dan Dahl (V), afbud (ferie)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_plan_shows_item_numbers_unless_the_house_style_says_otherwise()
    {
        var meeting = Council(Item("7")) with { TimePlan = new TimePlan { Slots = [new TimeSlot { Item = ItemNumber.Parse("7"), Duration = Duration.FromMinutes(20) }] } };

        Assert.Contains("| 19.00 | 7. Punkt 7 |", Print(meeting), StringComparison.Ordinal);
        Assert.Contains("| 19.00 | Punkt 7 |", Print(meeting, HouseStyle.Default with { TimePlanItemNumbers = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void Items_run_on_by_default_and_start_pages_when_the_house_style_says_so()
    {
        var meeting = Council(Item("1"), Item("2"));

        Assert.DoesNotContain("pageBreakBefore", DocumentXml(meeting, HouseStyle.Default), StringComparison.Ordinal);
        Assert.Equal(2, Count(DocumentXml(meeting, HouseStyle.Default with { ItemPerPage = true }), "<w:pageBreakBefore"));
    }

    [Fact]
    public void A_contents_table_keeps_its_header_row_with_the_first_row()
    {
        var xml = DocumentXml(Council(Item("1"), Item("2")), HouseStyle.Default);
        var header = xml[xml.IndexOf("<w:tblHeader", StringComparison.Ordinal)..xml.IndexOf("</w:tr>", StringComparison.Ordinal)];

        Assert.Equal(3, Count(header, "<w:keepNext"));
    }

    [Fact]
    public void Meetings_not_all_alike_print_their_kind_parts_suspensions_notes_and_cancellation()
    {
        var meeting = Council(Item("1")) with
        {
            Kind = MeetingKind.Joint,
            JointBodies = [new Body { Name = "Økonomiudvalget" }],
            Parts = [new MeetingPart { Access = Access.Closed, Start = new LocalTime(17, 0) }, new MeetingPart { Access = Access.Open, Start = new LocalTime(19, 0) }],
            Suspensions = [new Suspension { At = new LocalTime(20, 10), ResumedAt = new LocalTime(20, 25) }],
            Notes = [Paragraph.Of("Dagsordenen blev godkendt.")],
            AllMembersPresent = true,
            ActingChair = "m2",
            Cancelled = true,
            CancellationReason = "for få tilmeldte.",
        };

        var text = Print(meeting);

        Assert.Contains("[Subtitle] Kommunalbestyrelsen og Økonomiudvalget – Fællesmøde", text, StringComparison.Ordinal);
        Assert.Contains("**Mødet er aflyst: for få tilmeldte.**", text, StringComparison.Ordinal);
        Assert.Contains("[FrontField] **Lukket møde**→kl. 17.00", text, StringComparison.Ordinal);
        Assert.Contains("[FrontField] **Åbent møde**→kl. 19.00", text, StringComparison.Ordinal);
        Assert.Contains("Mødet blev suspenderet kl. 20.10 og genoptaget kl. 20.25.", text, StringComparison.Ordinal);
        Assert.Contains("Alle medlemmer var mødt.", text, StringComparison.Ordinal);
        Assert.Contains("Bo Berg (A) var mødeleder.", text, StringComparison.Ordinal);
        Assert.Contains("[FrontHeading] Bemærkninger\n[Normal] Dagsordenen blev godkendt.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_not_all_alike_print_no_number_added_postponed_taken_off_and_their_links()
    {
        var meeting = Council(
            new AgendaItem { Title = "Spørgetid" },
            Item("2") with { AddedAtMeeting = true, AddedReason = "hastesag", HandlingOrder = 1 },
            Item("3") with { Status = ItemStatus.Postponed, StatusReason = "til næste møde.", CameFrom = new ItemReference { Date = new LocalDate(2024, 4, 9), Item = ItemNumber.Parse("38") }, GoesTo = new ItemReference { Body = "Økonomiudvalget" } },
            Item("4") with { Status = ItemStatus.TakenOff, UpcomingTreatment = [new ItemReference { Body = "Økonomiudvalget", Date = new LocalDate(2024, 6, 4) }, new ItemReference { Body = "Kommunalbestyrelsen" }] });

        var text = Print(meeting);

        Assert.Contains("[Heading1] Spørgetid\n", text, StringComparison.Ordinal);
        Assert.Contains("_Optaget på dagsordenen under mødet: hastesag_", text, StringComparison.Ordinal);
        Assert.Contains("_Behandlet som nr. 1._", text, StringComparison.Ordinal);
        Assert.Contains("**Udsat. til næste møde.**", text, StringComparison.Ordinal);
        Assert.Contains("Tidligere behandlet: 9. april 2024, pkt. 38.", text, StringComparison.Ordinal);
        Assert.Contains("Videre til: Økonomiudvalget.", text, StringComparison.Ordinal);
        Assert.Contains("**Punktet blev taget af dagsordenen.**", text, StringComparison.Ordinal);
        Assert.Contains("Videre behandling: Økonomiudvalget 4. juni 2024 og Kommunalbestyrelsen.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Earlier_decisions_print_their_outcome_points_votes_and_absences_and_may_have_no_date()
    {
        var item = Item("1") with
        {
            History =
            [
                new EarlierDecision { Body = "Økonomiudvalget", Date = new LocalDate(2024, 5, 7), ItemNumber = ItemNumber.Parse("153"), Outcome = DecisionOutcome.Recommended, Votes = [new Vote { For = new VoteTally { Count = 3, Parties = ["A"] }, Against = new VoteTally { Count = 1, Parties = ["C"] } }], Absent = ["Eva Eriksen (V)"] },
                new EarlierDecision { Body = "Børne- og Skoleudvalget", Text = "Anbefales.", Points = [new PointDecision { Point = 2, Outcome = DecisionOutcome.Approved }] },
            ],
        };

        var text = Print(Council(item));

        Assert.Contains("**Økonomiudvalget, 7. maj 2024, pkt. 153:** Anbefales.", text, StringComparison.Ordinal);
        Assert.Contains("**For:** 3 (A)", text, StringComparison.Ordinal);
        Assert.Contains("Fraværende: Eva Eriksen (V).", text, StringComparison.Ordinal);
        Assert.Contains("**Børne- og Skoleudvalget:** Anbefales.", text, StringComparison.Ordinal);
        Assert.Contains("**Ad 2:** Godkendt.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_split_per_point_prints_each_point()
    {
        var decision = new Decision { Points = [new PointDecision { Point = 1, Outcome = DecisionOutcome.Approved }, new PointDecision { Point = 2, Text = [Paragraph.Of("Godkendt med den ændring, at fristen er 1. juli.")] }] };

        var text = Print(Council(Item("1", decision: decision)));

        Assert.Contains("**Ad 1:** Godkendt.", text, StringComparison.Ordinal);
        Assert.Contains("**Ad 2:** Godkendt med den ændring, at fristen er 1. juli.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_protocol_without_signatories_is_neither_a_draft_nor_an_error()
    {
        var meeting = Council(Item("1", decision: new Decision { Text = [Paragraph.Of("Godkendt.")] })) with { Stage = DocumentStage.Published, Signatories = [] };

        Assert.DoesNotContain("UDKAST", Print(meeting), StringComparison.Ordinal);
        Assert.DoesNotContain(Kommune.Protocols.Validation.MeetingValidator.Validate(meeting).Issues, i => i.Code is "KP303" or "KP304");
    }

    [Fact]
    public void The_front_date_line_may_name_the_body_and_the_start_as_the_house_style_writes_it()
    {
        var style = HouseStyle.Default with { Labels = new Dictionary<string, string> { [WordKeys.FrontDate] = "{body} {weekday} den {d}. {month} {yyyy} kl. {start}" } };

        Assert.Contains("Kommunalbestyrelsen tirsdag den 14. maj 2024 kl. 19.00", Print(Council(), style), StringComparison.Ordinal);
        Assert.Contains("Kommunalbestyrelsen tirsdag den 14. maj 2024 kl. \n", Print(Council() with { Start = null }, style) + "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void A_substitute_for_a_member_with_a_conflict_of_interest_is_no_error_though_both_attend()
    {
        var budget = Item("2") with { ConflictsOfInterest = [new ConflictOfInterest { Name = "m3" }] };
        var meeting = Council(Item("1"), budget);
        meeting = meeting with { Members = [.. meeting.Members, new Member { Key = "s1", Name = "Thomas Hust", Role = MemberRole.Substitute, SubstituteFor = "m3" }] };

        Assert.DoesNotContain(Kommune.Protocols.Validation.MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP402");

        var present = Kommune.Protocols.Validation.MeetingValidator.Validate(Council(Item("1")) with { Members = meeting.Members }).Issues.Single(i => i.Code == "KP402");
        Assert.Contains("Carl Clausen", present.Message, StringComparison.Ordinal);
    }

    internal static Meeting Council(params AgendaItem[] items) => new()
    {
        Municipality = "Rødovre Kommune",
        Body = new Body { Name = "Kommunalbestyrelsen", ShortName = "KB" },
        Date = Day,
        Start = new LocalTime(19, 0),
        Stage = DocumentStage.Approved,
        Members =
        [
            new Member { Key = "m1", Name = "Anne Hansen", Party = "A", Role = MemberRole.Chair },
            new Member { Key = "m2", Name = "Bo Berg", Party = "A" },
            new Member { Key = "m3", Name = "Carl Clausen", Party = "C" },
            new Member { Key = "m4", Name = "Dan Dahl", Party = "V" },
            new Member { Key = "m5", Name = "Eva Eriksen", Party = "V" },
        ],
        Items = [.. items],
    };

    internal static AgendaItem Item(string number, Decision? decision = null) => new() { Number = ItemNumber.Parse(number), Title = $"Punkt {number}", Decision = decision };

    private static string Print(Meeting meeting, HouseStyle? style = null) =>
        DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, new DocxOptions { Style = style ?? HouseStyle.Default }));

    private static string DocumentXml(Meeting meeting, HouseStyle style)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(DocxWriter.WriteToBytes(meeting, new DocxOptions { Style = style })));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
