using System.Globalization;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Json;

public class JsonEditionTests
{
    [Theory]
    [InlineData(30, 5)]
    [InlineData(80, 6)]
    public void Public_edition_holds_none_of_the_closed_content(int items, int seed)
    {
        var generated = MeetingGenerator.Generate(items, seed);
        var (meeting, markers) = ClosedMarkers.Apply(generated with
        {
            TimePlan = generated.TimePlan! with { Slots = [.. generated.TimePlan.Slots, new TimeSlot { Kind = TimeSlotKind.Other, Access = Access.Closed, Label = "x" }] },
        });
        Assert.Contains(meeting.Items, i => i.Access == Access.Closed);

        var json = MeetingJson.Serialize(meeting, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public });
        var internalJson = MeetingJson.Serialize(meeting);

        Assert.All(markers, marker => Assert.Contains(marker, internalJson, StringComparison.Ordinal));
        Assert.All(markers, marker => Assert.DoesNotContain(marker, json, StringComparison.Ordinal));
        Assert.All(meeting.Items.Where(i => i.Access == Access.Closed), item => Assert.Contains(item.PublicTitle!, json, StringComparison.Ordinal));
        Assert.Contains("\"edition\": \"public\"", json, StringComparison.Ordinal);
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("da-DK")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var expected = MeetingJson.SerializeToUtf8Bytes(MeetingGenerator.Generate(20, 7));
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expected, MeetingJson.SerializeToUtf8Bytes(MeetingGenerator.Generate(20, 7)));
            Assert.Equal(MeetingGenerator.Generate(20, 7), MeetingJson.Deserialize(expected));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void The_root_document_has_exactly_the_meetings_members()
    {
        var meeting = typeof(Meeting).GetProperties().Select(p => p.Name).Order();
        var document = typeof(MeetingJson).Assembly.GetType("Kommune.Protocols.Json.MeetingDocument")!
            .GetProperties().Select(p => p.Name).Where(n => n != "SchemaVersion").Order();

        Assert.Equal(meeting, document);
    }
}
