using CsCheck;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// The public edition is a security boundary. Over generated meetings whose closed items,
/// closed attachments, closed-only people and closed time-plan slots carry a unique marker in
/// every text field, no marker reaches the public JSON or any part of the public DOCX
/// (document, headers, footers, core and app properties, custom parts), while the internal
/// edition does show them (so the markers are really there to find).
/// </summary>
public class LeakPropertyTests
{
    public const int Meetings = 1000;

    private static readonly Gen<Meeting> WithClosedContent =
        from meeting in ModelGen.Meeting.Select(XmlSafe.Clean)
        from closedFree in Gen.Bool
        select Closed(meeting, closedFree);

    [Fact]
    public void No_closed_marker_reaches_any_public_output()
    {
        var checkedMarkers = 0;
        var checkedDocx = 0;
        WithClosedContent.Sample(
            meeting =>
            {
                var (marked, markers) = ClosedMarkers.Apply(meeting);
                if (markers.Count == 0)
                {
                    return;
                }

                var publicJson = MeetingJson.Serialize(marked, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public });
                var leak = markers.FirstOrDefault(m => publicJson.Contains(m, StringComparison.Ordinal));
                Assert.True(leak is null, $"{leak} in the public JSON");

                var publicDocx = DocxWriter.Shared.WriteToBytes(marked, new DocxOptions { Edition = MeetingEdition.Public });

                Assert.Null(PackageText.FirstLeak(publicDocx, markers));
                Interlocked.Increment(ref checkedDocx);

                var internalJson = MeetingJson.Serialize(marked);
                Assert.All(markers, m => Assert.Contains(m, internalJson, StringComparison.Ordinal));
                Interlocked.Add(ref checkedMarkers, markers.Count);
            },
            iter: Meetings,
            seed: "0Kq7p3bHn6a1");

        Assert.True(checkedMarkers > Meetings, $"only {checkedMarkers} markers were checked");
        Assert.True(checkedDocx > Meetings * 9 / 10, $"only {checkedDocx} public DOCX packages were checked");
    }

    // Every generated meeting gets at least one closed item (with a closed sub-item), a
    // time-plan slot for it, and sometimes a closed free slot.
    private static Meeting Closed(Meeting meeting, bool closedFree)
    {
        var closedItem = new AgendaItem
        {
            Number = ItemNumber.Parse("900"),
            Title = "Lukket punkt",
            Access = Access.Closed,
            SubItems = [new AgendaItem { Number = ItemNumber.Parse("900.a"), Title = "Underpunkt" }],
        };
        var openItem = new AgendaItem
        {
            Number = ItemNumber.Parse("901"),
            Title = "Åbent punkt",
            Attachments = [new Attachment { Number = 1, Title = "x", Access = Access.Closed }],
        };
        var plan = meeting.TimePlan ?? new TimePlan();
        ValueList<TimeSlot> slots = closedFree
            ? [.. plan.Slots, new TimeSlot { Item = closedItem.Number }, new TimeSlot { Kind = TimeSlotKind.Other, Access = Access.Closed }]
            : [.. plan.Slots, new TimeSlot { Item = closedItem.Number }];
        return meeting with
        {
            Items = [.. meeting.Items, closedItem, openItem],
            TimePlan = plan with { Slots = slots },
        };
    }
}
