using System.Text;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Json;

public class JsonRoundTripTests
{
    [Fact]
    public void Seed_round_trips_to_an_equal_meeting_and_the_same_bytes()
    {
        var seed = SeedMeeting.Build();

        var bytes = MeetingJson.SerializeToUtf8Bytes(seed);
        var back = MeetingJson.Deserialize(bytes);

        Assert.Equal(seed, back);
        Assert.Equal(bytes, MeetingJson.SerializeToUtf8Bytes(back));
    }

    [Fact]
    public void Seed_json_snapshot()
    {
        Snapshot.Match(MeetingJson.Serialize(SeedMeeting.Build()), "json");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(12, 3)]
    [InlineData(60, 4)]
    public void Generated_meetings_round_trip(int items, int seed)
    {
        var meeting = MeetingGenerator.Generate(items, seed);

        var bytes = MeetingJson.SerializeToUtf8Bytes(meeting);
        var back = MeetingJson.Deserialize(bytes);

        Assert.Equal(meeting, back);
        Assert.Equal(bytes, MeetingJson.SerializeToUtf8Bytes(back));
    }

    [Fact]
    public async Task String_stream_and_async_overloads_agree()
    {
        var seed = SeedMeeting.Build();
        var bytes = MeetingJson.SerializeToUtf8Bytes(seed);

        using var stream = new MemoryStream();
        MeetingJson.Serialize(stream, seed);
        Assert.Equal(bytes, stream.ToArray());

        using var asyncStream = new MemoryStream();
        await MeetingJson.SerializeAsync(asyncStream, seed);
        Assert.Equal(bytes, asyncStream.ToArray());

        Assert.Equal(Encoding.UTF8.GetString(bytes), MeetingJson.Serialize(seed));
        Assert.Equal(seed, MeetingJson.Deserialize(MeetingJson.Serialize(seed)));
        Assert.Equal(seed, MeetingJson.Deserialize(new MemoryStream(bytes)));
        Assert.Equal(seed, await MeetingJson.DeserializeAsync(new MemoryStream(bytes)));
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_newlines_and_schema_version_first()
    {
        var bytes = MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"municipality\": \"Norddjurs Kommune\"", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"caseNumber\": \"00.32.10.S00 24/5333\"", text, StringComparison.Ordinal);
        Assert.Contains("\"documentNumber\": \"29031/25\"", text, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"09:00\"", text, StringComparison.Ordinal);
        Assert.Contains("Foreløbigt regnskab 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_output_reads_back()
    {
        var seed = SeedMeeting.Build();
        var compact = MeetingJson.Serialize(seed, new MeetingJsonWriteOptions { Indented = false });

        Assert.DoesNotContain('\n', compact);
        Assert.Equal(seed, MeetingJson.Deserialize(compact));
    }

    [Fact]
    public void Every_optional_value_and_unusual_text_round_trips()
    {
        const string odd = "Æblegrød \"citat\" \\ tab\tlinje\nemoji 👩‍👩‍👧 e\u0301 שלום مرحبا \u2028 </script>";
        var meeting = MeetingGenerator.Generate(3, 9) with
        {
            Location = odd,
            Kind = MeetingKind.Theme,
            Stage = DocumentStage.Signed,
            Members =
            [
                new Member
                {
                    Name = odd,
                    Party = "Ø",
                    Title = "Borgmester",
                    Role = MemberRole.Substitute,
                    Attendance = AttendanceStatus.CalledButAbsent,
                    AbsenceReason = "pga. sygdom",
                    NoticeOnTheDay = true,
                    SubstituteFor = "Erik Nielsen",
                    Partial = new PartialAttendance
                    {
                        FromItem = ItemNumber.Parse("1.a"),
                        ToItem = ItemNumber.Parse("138"),
                        From = new NodaTime.LocalTime(17, 5, 30),
                        Until = new NodaTime.LocalTime(18, 40),
                        AbsentFromClosedPart = true,
                        Note = "til kl. 18.40 i punkt 2",
                    },
                },
            ],
            Signatories = [new Signatory { Name = "A", Approval = new Approval { At = NodaTime.Instant.FromUtc(2025, 3, 5, 10, 0, 0).PlusNanoseconds(1500), Method = "digital" } }],
        };
        meeting = meeting with
        {
            Items =
            [
                meeting.Items[0] with
                {
                    CaseNumber = CaseNumber.FromText("SAG-2024-17"),
                    DecisionAuthority = "KB",
                    Presenter = new Person { Name = odd },
                    PlannedDuration = NodaTime.Duration.FromMinutes(95) + NodaTime.Duration.FromMilliseconds(250),
                    Supplementary = true,
                    Attachments = [new Attachment { Number = 1, Title = odd, DocumentNumber = DocumentNumber.FromText("ukendt"), FileName = "a.pdf", MediaType = "application/pdf", Access = Access.Closed }],
                    AbsentMembers = ["X"],
                    ConflictsOfInterest = [new ConflictOfInterest { Name = "Y", Reason = "inhabil" }],
                    FollowUps = [new FollowUpAction { What = "Svar", Who = "Z", Due = new NodaTime.LocalDate(2025, 4, 1) }],
                    Sections = [new Section { Kind = SectionKind.Custom, Heading = odd, Content = [new Table { Rows = [new TableRow { Cells = [new TableCell { Content = [NumberedList.Of(odd)] }] }] }] }],
                    Decision = new Decision
                    {
                        Outcome = DecisionOutcome.Other,
                        OutcomeText = "Oversendt",
                        Remarks = [new ProtocolRemark { Author = "Y", Text = odd }],
                        Votes = [new Vote { Point = 2, Abstaining = new VoteTally { Count = 0 } }],
                    },
                    SubItems = [new AgendaItem { Number = ItemNumber.Parse("1.a"), Title = odd, Purpose = ItemPurpose.Discussion }],
                },
            ],
        };

        var bytes = MeetingJson.SerializeToUtf8Bytes(meeting);
        var back = MeetingJson.Deserialize(bytes);

        Assert.Equal(meeting, back);
        Assert.Equal(bytes, MeetingJson.SerializeToUtf8Bytes(back));
        Assert.Contains("Æblegrød", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
