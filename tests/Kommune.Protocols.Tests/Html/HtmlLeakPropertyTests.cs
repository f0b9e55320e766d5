using CsCheck;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>
/// The public edition is a security boundary. Over generated meetings whose closed items, closed
/// attachments, closed-only people and closed time-plan slots carry a unique marker in every text
/// field (<see cref="ClosedMarkers"/>), no marker reaches any byte of the public page (text,
/// attributes, title, stylesheet) nor the public fragment of a closed item or its sub-item, while
/// the internal edition shows them (so the markers are really there to find).
/// </summary>
public class HtmlLeakPropertyTests
{
    public const int Meetings = 600;

    // Above every number ModelGen makes (0-99999), so the fragment asked for is this closed item.
    private static readonly ItemNumber ClosedNumber = ItemNumber.Parse("100000");
    private static readonly ItemNumber ClosedSubNumber = ItemNumber.Parse("100000.a");

    // The protocol paper prints the most (the agenda leaves decisions and attendance out).
    private static readonly HtmlOptions Public = new() { Edition = MeetingEdition.Public, Paper = PaperKind.Protocol };
    private static readonly HtmlOptions Internal = new() { Paper = PaperKind.Protocol };

    private static readonly Gen<Meeting> WithClosedContent =
        from meeting in ModelGen.Meeting.Select(XmlSafe.Clean)
        from closedFree in Gen.Bool
        select Closed(meeting, closedFree);

    [Fact]
    public void No_closed_marker_reaches_the_public_page_or_a_closed_items_public_fragment()
    {
        var checkedMeetings = 0;
        var checkedMarkers = 0;
        WithClosedContent.Sample(
            meeting =>
            {
                var (marked, markers, published, neverPrinted) = ClosedMarkers.Mark(meeting);
                Assert.NotEmpty(markers);

                var page = ClosedMarkers.Found(System.Text.Encoding.UTF8.GetString(HtmlWriter.WriteToBytes(marked, Public)));
                Assert.Null(markers.FirstOrDefault(page.Contains));
                var fragmentText = HtmlWriter.WriteItem(marked, ClosedNumber, Public);
                var fragment = ClosedMarkers.Found(fragmentText);
                Assert.Null(markers.FirstOrDefault(fragment.Contains));

                // The closed item is listed under its public title, and its public decision is printed.
                Assert.NotNull(published.FirstOrDefault(fragment.Contains));

                // The public edition leaves a closed item's sub-items out altogether, so there is no fragment to ask for.
                Assert.Throws<ArgumentException>(() => HtmlWriter.WriteItem(marked, ClosedSubNumber, Public));

                // The internal edition prints every marker but the file names and media types no edition prints.
                var internalPage = ClosedMarkers.Found(HtmlWriter.WriteToString(marked, Internal));
                Assert.Null(markers.Where(m => !neverPrinted.Contains(m)).FirstOrDefault(m => !internalPage.Contains(m)));
                var closed = marked.Items.Single(i => i.Number == ClosedNumber);
                var internalFragment = HtmlWriter.WriteItem(marked, ClosedNumber, Internal);
                Assert.Contains(closed.CaseRoute!, internalFragment, StringComparison.Ordinal);
                Assert.Contains(closed.Recommendation!.Points[0], internalFragment, StringComparison.Ordinal);
                Assert.Contains(closed.SubItems[0].CaseRoute!, HtmlWriter.WriteItem(marked, ClosedSubNumber, Internal), StringComparison.Ordinal);
                Interlocked.Increment(ref checkedMeetings);
                Interlocked.Add(ref checkedMarkers, markers.Count);
            },
            iter: Meetings,
            seed: "7Tq2p9bHn4a0");

        Assert.True(checkedMeetings >= 500, $"only {checkedMeetings} meetings were checked");
        Assert.True(checkedMarkers > Meetings * 20, $"only {checkedMarkers} markers were checked");
    }

    // Every generated meeting gets a closed item (with a closed sub-item), an open item with a
    // closed attachment, a time-plan slot for the closed item, and sometimes a closed free slot.
    private static Meeting Closed(Meeting meeting, bool closedFree)
    {
        var closedItem = new AgendaItem
        {
            Number = ClosedNumber,
            Title = "Lukket punkt",
            Access = Access.Closed,
            SubItems = [new AgendaItem { Number = ClosedSubNumber, Title = "Underpunkt" }],
        };
        var openItem = new AgendaItem
        {
            Number = ItemNumber.Parse("100001"),
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
