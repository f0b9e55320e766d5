using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using NodaTime;
using static Kommune.Protocols.Tests.Json.JsonDoc;

namespace Kommune.Protocols.Tests.Json;

/// <summary>
/// Values that parse as JSON but not as a meeting: each is refused with a
/// <see cref="MeetingJsonException"/> naming the path, never another exception, and every
/// value the reader accepts can be written again.
/// </summary>
public class JsonHostileValueTests
{
    [Theory]
    [InlineData("PT100000000H")]
    [InlineData("P1000000D")]
    [InlineData("PT100000000000000000H")]
    [InlineData("-P1000000D")]
    [InlineData("P15D")]
    [InlineData("PT337H")]
    [InlineData("PT20161M")]
    [InlineData("PT1209601S")]
    [InlineData("P14DT0.000000001S")]
    [InlineData("PT9223372036854775807H")]
    [InlineData("PT-9223372036854775808H")]
    [InlineData("PT9223372036854775807S")]
    [InlineData("PT-9223372036854775808S")]
    [InlineData("P2147483647D")]
    [InlineData("P-2147483648D")]
    public void Durations_beyond_the_limit_are_refused_with_the_path(string duration)
    {
        var error = Refused(Meeting(Item($"\"plannedDuration\": \"{duration}\"")));

        Assert.Equal("$.items[0].plannedDuration", error.Path);
        Assert.Contains($"'{duration}' is not valid", error.Message, StringComparison.Ordinal);
        Assert.Contains("14 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Durations_beyond_the_limit_are_refused_in_time_plan_slots()
    {
        var error = Refused(Meeting(extra: "\"timePlan\": {\"slots\": [{\"kind\": \"break\", \"duration\": \"PT100000000H\"}]}"));

        Assert.Equal("$.timePlan.slots[0].duration", error.Path);
    }

    [Theory]
    [InlineData("P14D", 14 * 24 * 60)]
    [InlineData("-P14D", -14 * 24 * 60)]
    [InlineData("-PT15M", -15)]
    [InlineData("PT336H", 14 * 24 * 60)]
    public void Durations_up_to_the_limit_are_read_negative_ones_too(string duration, int minutes)
    {
        var meeting = MeetingJson.Deserialize(Meeting(Item($"\"plannedDuration\": \"{duration}\"")));

        Assert.Equal(Duration.FromMinutes(minutes), meeting.Items[0].PlannedDuration);
        Assert.Equal(meeting, MeetingJson.Deserialize(MeetingJson.Serialize(meeting)));
    }

    [Theory]
    [InlineData("\"kind\": \"extraordinary, theme\"", "$.kind")]
    [InlineData("\"kind\": \"extraordinary,theme\"", "$.kind")]
    [InlineData("\"kind\": \"Extraordinary\"", "$.kind")]
    [InlineData("\"kind\": \"THEME\"", "$.kind")]
    [InlineData("\"kind\": \" theme\"", "$.kind")]
    [InlineData("\"kind\": \"theme \"", "$.kind")]
    [InlineData("\"kind\": \"1\"", "$.kind")]
    [InlineData("\"kind\": \"-1\"", "$.kind")]
    [InlineData("\"kind\": \"7\"", "$.kind")]
    [InlineData("\"kind\": 1", "$.kind")]
    [InlineData("\"kind\": \"\"", "$.kind")]
    [InlineData("\"kind\": null", "$.kind")]
    [InlineData("\"stage\": \"SIGNED\"", "$.stage")]
    [InlineData("\"edition\": \"public, internal\"", "$.edition")]
    public void Enum_text_must_be_exactly_a_documented_name(string property, string path)
    {
        var error = Refused(Meeting(extra: property));

        Assert.Equal(path, error.Path);
        Assert.Contains("expected one of", error.Message, StringComparison.Ordinal);
        SpeaksPlainly(error);
    }

    [Fact]
    public void Every_documented_enum_name_is_read()
    {
        var meeting = MeetingJson.Deserialize(Meeting(Item("\"access\": \"closed\", \"purpose\": \"information\""), "\"kind\": \"theme\", \"stage\": \"signed\""));

        Assert.Equal(MeetingKind.Theme, meeting.Kind);
        Assert.Equal(DocumentStage.Signed, meeting.Stage);
        Assert.Equal(Access.Closed, meeting.Items[0].Access);
        Assert.Equal(ItemPurpose.Information, meeting.Items[0].Purpose);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("\"3\"")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Attachment_numbers_must_be_whole_numbers(string number)
    {
        var error = Refused(Meeting(Item($"\"attachments\": [{{\"number\": {number}, \"title\": \"Bilag\"}}]")));

        Assert.Equal("$.items[0].attachments[0].number", error.Path);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
        SpeaksPlainly(error);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("2147483648")]
    [InlineData("0.5")]
    public void Vote_counts_must_be_whole_numbers(string count)
    {
        var error = Refused(Meeting(Item($"\"decision\": {{\"votes\": [{{\"for\": {{\"count\": {count}}}}}]}}")));

        Assert.Equal("$.items[0].decision.votes[0].for.count", error.Path);
        SpeaksPlainly(error);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Any_whole_vote_count_and_attachment_number_is_kept_for_validation_to_judge(int number)
    {
        var json = Meeting(Item($"\"attachments\": [{{\"number\": {number}, \"title\": \"Bilag\"}}], \"decision\": {{\"votes\": [{{\"for\": {{\"count\": {number}}}}}]}}"));

        var meeting = MeetingJson.Deserialize(json);

        Assert.Equal(number, meeting.Items[0].Attachments[0].Number);
        Assert.Equal(number, meeting.Items[0].Decision!.Votes[0].For.Count);
        Assert.Equal(meeting, MeetingJson.Deserialize(MeetingJson.Serialize(meeting)));
    }

    [Fact]
    public void A_ten_million_character_title_is_read()
    {
        var title = new string('ø', 10_000_000);

        var meeting = MeetingJson.Deserialize(Meeting(Item().Replace("\"Punkt\"", "\"" + title + "\"", StringComparison.Ordinal)));

        Assert.Equal(title, meeting.Items[0].Title);
    }

    [Theory]
    [InlineData("\"members\": [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "$.members[0]")]
    [InlineData("\"signatories\": [[{\"name\": \"x\"}]]", "$.signatories[0]")]
    [InlineData("\"upcomingMeetings\": [{\"date\": \"2025-04-01\", \"topics\": [[\"a\"]]}]", "$.upcomingMeetings[0].topics[0]")]
    public void Nested_lists_where_the_model_has_none_are_refused_at_the_first_level(string property, string path)
    {
        var error = Refused(Meeting(extra: property));

        Assert.Equal(path, error.Path);
        SpeaksPlainly(error);
    }
}
