using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Tests.Support;
using NodaTime;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>What the seed lacks: attendance, votes per point, remarks, conflicts, history, follow-ups, sub-items, supplementary items.</summary>
public class DocxFeatureTests
{
    private static readonly LocalDate Date = new(2025, 9, 18);

    [Fact]
    public void Council_protocol_with_everything()
    {
        var bytes = DocxWriter.WriteToBytes(Council());
        var errors = DocxTestSupport.ValidationErrors(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Snapshot.Match(DocxTextProjection.Project(bytes), "txt");
    }

    [Fact]
    public void Council_protocol_in_english() =>
        Snapshot.Match(DocxTextProjection.Project(DocxWriter.WriteToBytes(Council(), new DocxOptions { Language = Language.English })), "txt");

    [Fact]
    public void Numbered_lists_restart_at_one()
    {
        var meeting = Council() with
        {
            Items =
            [
                new AgendaItem
                {
                    Number = ItemNumber.Parse("1"),
                    Title = "Lister",
                    Sections = [new Section { Kind = SectionKind.Untitled, Content = [NumberedList.Of("a", "b"), global::Kommune.Protocols.Model.Paragraph.Of("mellem"), NumberedList.Of("c", "d")] }],
                },
            ],
        };
        var text = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting));
        Assert.Contains("[ListNumber] 1. a\n[ListNumber] 2. b\n[Normal] mellem\n[ListNumber] 1. c\n[ListNumber] 2. d\n", text, StringComparison.Ordinal);
    }

    private static Meeting Council() => new()
    {
        Municipality = "Eksempel Kommune",
        Body = new Body { Name = "Kommunalbestyrelsen", ShortName = "KB" },
        Kind = MeetingKind.Extraordinary,
        Date = Date,
        Start = new LocalTime(17, 0),
        End = new LocalTime(21, 33),
        Location = "Byrådssalen",
        Stage = DocumentStage.Signed,
        Members =
        [
            new Member { Name = "Erik Nielsen", Party = "A", Role = MemberRole.Chair },
            new Member { Name = "Karin Storgaard", Party = "V", Role = MemberRole.ViceChair, Partial = new PartialAttendance { Until = new LocalTime(18, 40) } },
            new Member { Name = "Finn Rudaizky", Party = "O", Attendance = AttendanceStatus.AbsentWithNotice, AbsenceReason = "pga. ferie" },
            new Member { Name = "Bo Hansen", Party = "O", Role = MemberRole.Substitute, SubstituteFor = "Finn Rudaizky" },
            new Member { Name = "Ida Poulsen", Party = "F", Attendance = AttendanceStatus.AbsentWithoutNotice },
            new Member { Name = "Lars Kjær", Party = "C", Partial = new PartialAttendance { FromItem = ItemNumber.Parse("129"), ToItem = ItemNumber.Parse("130") } },
        ],
        Items =
        [
            new AgendaItem
            {
                Number = ItemNumber.Parse("129"),
                Title = "Lokalplan 1001 for boliger ved Havnen",
                CaseNumber = CaseNumber.Parse("2019-012345"),
                CaseRoute = "indstiller til KB via DIR, SSU og ØU",
                DecisionAuthority = "Kommunalbestyrelsen",
                Presenter = new Person { Title = "Formand", Name = "Erik Nielsen" },
                Purpose = ItemPurpose.Decision,
                Sections =
                [
                    new Section
                    {
                        Kind = SectionKind.Summary,
                        Content =
                        [
                            new global::Kommune.Protocols.Model.Paragraph { Runs = [new TextRun { Text = "Vigtigt:", Bold = true }, TextRun.Plain(" planen "), new TextRun { Text = "ændres", Italic = true }, TextRun.Plain(".\nNy linje.")] },
                            new global::Kommune.Protocols.Model.Table
                            {
                                HasHeaderRow = true,
                                Rows =
                                [
                                    new global::Kommune.Protocols.Model.TableRow { Cells = [TableCell.Of("År"), TableCell.Of("Beløb (kr.)")] },
                                    new global::Kommune.Protocols.Model.TableRow { Cells = [TableCell.Of("2025"), new TableCell { Content = [BulletList.Of("100.000", "anlæg")] }] },
                                ],
                            },
                            global::Kommune.Protocols.Model.Paragraph.Of("Efter tabellen."),
                        ],
                    },
                    new Section { Kind = SectionKind.Custom, Heading = "Høring", Content = [global::Kommune.Protocols.Model.Paragraph.Of("Der kom 3 høringssvar.")] },
                ],
                History = [new EarlierDecision { Body = "Økonomiudvalget", Date = new LocalDate(2025, 9, 9), ItemNumber = ItemNumber.Parse("153"), Text = "Indstilles godkendt." }],
                Recommendation = new Recommendation
                {
                    Recommender = "Direktionen indstiller",
                    Text = [global::Kommune.Protocols.Model.Paragraph.Of("at")],
                    Points = ["lokalplanen vedtages endeligt", "høringssvarene besvares som foreslået"],
                },
                Attachments =
                [
                    new Attachment { Number = 1, Title = "Lokalplan 1001.pdf", DocumentNumber = DocumentNumber.Parse("12345/25") },
                    new Attachment { Number = 2, Title = "Høringssvar med navne", Access = Access.Closed, DocumentNumber = DocumentNumber.Parse("12346/25") },
                ],
                Decision = new Decision
                {
                    Outcome = DecisionOutcome.Approved,
                    Text = [global::Kommune.Protocols.Model.Paragraph.Of("Indstillingen blev godkendt.")],
                    Votes =
                    [
                        new Vote { Point = 1, For = new VoteTally { Count = 5, Parties = ["A", "V", "C"] }, Against = new VoteTally { Members = ["Bo Hansen"] } },
                        new Vote { Point = 2, For = new VoteTally { Count = 5 }, Abstaining = new VoteTally { Members = ["Bo Hansen"] } },
                    ],
                    Remarks = [new ProtocolRemark { Author = "Bo Hansen", Text = "Jeg finder planen for tæt bebygget." }],
                },
                Guests = [new Person { Title = "Planchef", Name = "Mette Møller" }],
                AbsentMembers = ["Ida Poulsen"],
                ConflictsOfInterest = [new ConflictOfInterest { Name = "Lars Kjær", Reason = "ejer en grund i området" }],
                FollowUps = [new FollowUpAction { What = "Offentliggør planen", Who = "Plan og Byg", Due = new LocalDate(2025, 10, 1) }],
                SubItems =
                [
                    new AgendaItem { Number = ItemNumber.Parse("129.a"), Title = "Miljøvurdering", Decision = new Decision { Outcome = DecisionOutcome.Noted } },
                ],
            },
            new AgendaItem
            {
                Number = ItemNumber.Parse("130"),
                Title = "Tillægsbevilling til vejvedligehold",
                Supplementary = true,
                CaseNumber = CaseNumber.Parse("00.32.10-S00-1-24"),
                Decision = new Decision { Outcome = DecisionOutcome.Postponed, Body = "Kommunalbestyrelsen", Date = Date },
            },
        ],
        Signatories = [new Signatory { Title = "Borgmester", Name = "Erik Nielsen" }, new Signatory { Name = "Karin Storgaard" }],
    };
}
