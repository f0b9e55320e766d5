using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Json;
using NodaTime;
using Xunit.Abstractions;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// Mutations of valid meeting JSON (fixed seed, so a failure reproduces): every input is either
/// refused with a <see cref="MeetingJsonException"/> that says where (a path or a line) in plain
/// words, or read into a meeting that writes JSON which reads back equal, and writes a DOCX
/// (where only <see cref="Kommune.Protocols.Paper.PaperTextException"/>, for characters XML cannot carry, is allowed).
/// Nothing else may escape, and nothing may hang. A normal run tries <see cref="Cases"/>
/// inputs; <c>KOMMUNE_LONG_RUN=1</c> tries <see cref="LongRunCases"/> (and, with
/// <c>KOMMUNE_FUZZ_PROGRESS=FILE</c>, appends a line of figures to FILE every 50,000 cases).
/// </summary>
public class JsonFuzzTests(ITestOutputHelper output)
{
    public const int Cases = 20_000;

    public const int LongRunCases = 1_000_000;

    [Fact]
    public void Mutated_json_is_read_or_refused_clearly()
    {
        var longRun = Environment.GetEnvironmentVariable("KOMMUNE_LONG_RUN") == "1";
        var cases = longRun ? LongRunCases : Cases;
        var progress = Environment.GetEnvironmentVariable("KOMMUNE_FUZZ_PROGRESS");
        var sources = new[]
        {
            MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build()),
            MeetingJson.SerializeToUtf8Bytes(MeetingGenerator.Generate(2, 11), new MeetingJsonWriteOptions { Indented = false }),
            MeetingJson.SerializeToUtf8Bytes(Everything(), new MeetingJsonWriteOptions { Indented = false }),
            MeetingJson.SerializeToUtf8Bytes(Everything()),
        }.Select(b => new JsonFuzzMutator.Source(b)).ToArray();
        var mutator = new JsonFuzzMutator(20250305);
        var docxDone = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        int read = 0, refused = 0, docx = 0, docxText = 0;

        for (var i = 0; i < cases; i++)
        {
            if (progress is not null && i > 0 && i % 50_000 == 0)
            {
                File.AppendAllText(progress, $"{i:N0} cases, {clock.Elapsed.TotalSeconds:F0} s: {refused:N0} refused, {read:N0} read, {docx:N0} DOCX\n");
            }

            var input = mutator.Mutate(sources[i % sources.Length]);
            Meeting meeting;
            try
            {
                meeting = MeetingJson.Deserialize(input);
            }
            catch (MeetingJsonException error)
            {
                Refusal(i, input, error);
                refused++;
                continue;
            }
            catch (Exception other)
            {
                throw Failure(i, input, "escaped the reader", other);
            }

            read++;
            byte[] written;
            try
            {
                written = MeetingJson.SerializeToUtf8Bytes(meeting);
                var back = MeetingJson.Deserialize(written);
                Assert.Equal(meeting, back);
                Assert.Equal(written, MeetingJson.SerializeToUtf8Bytes(back));
            }
            catch (Exception other)
            {
                throw Failure(i, input, "was read but does not write JSON that reads back equal", other);
            }

            // Equal meetings give equal DOCX (proved elsewhere), so each distinct meeting is rendered once.
            if (docxDone.Add(Convert.ToHexString(SHA256.HashData(written))))
            {
                try
                {
                    DocxWriter.WriteToBytes(meeting);
                    docx++;
                }
                catch (Kommune.Protocols.Paper.PaperTextException)
                {
                    docxText++;
                }
                catch (Exception other)
                {
                    throw Failure(i, input, "was read but does not write a DOCX", other);
                }
            }
        }

        var summary = $"{cases:N0} mutated inputs in {clock.Elapsed.TotalSeconds:F1} s: {refused:N0} refused, {read:N0} read, {docx:N0} distinct meetings written as DOCX, {docxText:N0} refused by the DOCX writer for XML characters";
        output.WriteLine(summary);
        Assert.True(refused > cases / 4, $"only {refused} refused: the mutations are too mild. {summary}");
        Assert.True(read > cases / 20, $"only {read} read: the mutations are too coarse to test acceptance. {summary}");
        Assert.True(docx > 100, $"only {docx} DOCX written. {summary}");
        Assert.True(longRun || clock.Elapsed < TimeSpan.FromMinutes(3), $"fuzzing took {clock.Elapsed}. {summary}");
    }

    private static void Refusal(int i, byte[] input, MeetingJsonException error)
    {
        if (error.Path is null && error.LineNumber is null)
        {
            throw Failure(i, input, "was refused without a path or a line", error);
        }

        foreach (var word in JsonDoc.Jargon)
        {
            if (error.Message.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                throw Failure(i, input, $"was refused in System.Text.Json's words ('{word}')", error);
            }
        }

        if (error.Reason.Contains("could not be read", StringComparison.Ordinal))
        {
            throw Failure(i, input, "was refused but the diagnosis found no reason", error);
        }
    }

    private static Exception Failure(int i, byte[] input, string what, Exception error)
    {
        var text = Encoding.UTF8.GetString(input);
        var shown = text.Length > 600 ? text[..600] + "..." : text;
        return new Xunit.Sdk.XunitException($"case {i}: the input {what}: {error.GetType().Name}: {error.Message}\ninput: {shown}");
    }

    /// <summary>A small meeting with every kind of value the format has, so mutations reach all of them.</summary>
    internal static Meeting Everything() => new()
    {
        Municipality = "Norddjurs Kommune",
        Body = new Body { Name = "Økonomiudvalget", ShortName = "ØK" },
        Kind = MeetingKind.Extraordinary,
        Date = new LocalDate(2025, 3, 5),
        Start = new LocalTime(9, 0),
        End = new LocalTime(11, 30, 15),
        Location = "Byrådssalen",
        Stage = DocumentStage.Approved,
        Members =
        [
            new Member { Name = "Anne Hansen", Party = "A", Role = MemberRole.Chair },
            new Member
            {
                Name = "Bo Jensen",
                Role = MemberRole.Substitute,
                Attendance = AttendanceStatus.AbsentWithNotice,
                AbsenceReason = "ferie",
                SubstituteFor = "Ida Møller",
                Partial = new PartialAttendance { FromItem = ItemNumber.Parse("1.a"), Until = new LocalTime(10, 0), Note = "til kl. 10" },
            },
        ],
        Items =
        [
            new AgendaItem
            {
                Number = ItemNumber.Parse("1"),
                Title = "Budget",
                Access = Access.Closed,
                CaseNumber = CaseNumber.Parse("00.32.10.S00 24/5333"),
                CaseOwner = new Person { Name = "Karin Kjær", Title = "Chef" },
                Purpose = ItemPurpose.Decision,
                PlannedDuration = Duration.FromMinutes(20),
                Sections =
                [
                    new Section
                    {
                        Kind = SectionKind.Custom,
                        Heading = "Baggrund",
                        Content =
                        [
                            new Paragraph { Runs = [new TextRun { Text = "Fed", Bold = true }, new TextRun { Text = " kursiv", Italic = true }] },
                            BulletList.Of("a", "b"),
                            new Table { HasHeaderRow = true, Rows = [new TableRow { Cells = [TableCell.Of("År"), new TableCell { Content = [NumberedList.Of("x")] }] }] },
                            new TimePlanBlock(),
                        ],
                    },
                ],
                Recommendation = new Recommendation { Recommender = "Direktionen", Text = [Paragraph.Of("Det indstilles, at")], Points = ["godkende", "notere"] },
                Attachments = [new Attachment { Number = 1, Title = "Bilag.pdf", Access = Access.Closed, DocumentNumber = DocumentNumber.Parse("29031/25") }],
                Decision = new Decision
                {
                    Body = "Økonomiudvalget",
                    Date = new LocalDate(2025, 3, 5),
                    Outcome = DecisionOutcome.Approved,
                    Text = [Paragraph.Of("Godkendt.")],
                    Votes = [new Vote { Point = 1, For = new VoteTally { Count = 5, Parties = ["A", "V"] }, Against = new VoteTally { Members = ["Bo Jensen"] } }],
                    Remarks = [new ProtocolRemark { Author = "Bo Jensen", Text = "Imod." }],
                },
                AbsentMembers = ["Ida Møller"],
                ConflictsOfInterest = [new ConflictOfInterest { Name = "Anne Hansen", Reason = "inhabil" }],
                History = [new EarlierDecision { Body = "Direktionen", Date = new LocalDate(2025, 2, 1), ItemNumber = ItemNumber.Parse("3"), Text = "Anbefalet." }],
                FollowUps = [new FollowUpAction { What = "Svar", Who = "Forvaltningen", Due = new LocalDate(2025, 4, 1) }],
                SubItems = [new AgendaItem { Number = ItemNumber.Parse("1.a"), Title = "Under", Supplementary = true }],
            },
        ],
        TimePlan = new TimePlan
        {
            Slots =
            [
                new TimeSlot { Item = ItemNumber.Parse("1"), Start = new LocalTime(9, 0) },
                new TimeSlot { Kind = TimeSlotKind.Break, Label = "Pause", Duration = Duration.FromMinutes(10), Notes = ["Kaffe"] },
            ],
            End = new LocalTime(11, 30),
            EndLabel = "Mødet afsluttes",
        },
        UpcomingMeetings = [new UpcomingMeeting { Date = new LocalDate(2025, 4, 2), Start = new LocalTime(8, 0), Note = "(temadag)", Topics = ["Budget"] }],
        Signatories = [new Signatory { Name = "Anne Hansen", Title = "Formand", Approval = new Approval { At = Instant.FromUtc(2025, 3, 6, 10, 0), Method = "digital" } }],
    };
}
