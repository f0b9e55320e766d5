using System.Text.RegularExpressions;
using CsCheck;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// The public edition is a security boundary. Over generated meetings whose closed content
/// carries a unique marker in every text field (<see cref="ClosedMarkers"/>), no marker reaches
/// the public PDF: not its text (PdfPig), and not any object of the file (every stream
/// decompressed, every string decoded: information dictionary, XMP, bookmarks, ActualText).
/// The internal edition of every fourth meeting does show them, through the same reading, so the
/// test can fail.
/// </summary>
public partial class PdfLeakTests
{
    public const int Meetings = 200;

    private static readonly PdfOptions Public = new() { Edition = MeetingEdition.Public, Paper = PaperKind.Protocol };
    private static readonly PdfOptions Internal = new() { Paper = PaperKind.Protocol };

    private static readonly Gen<Meeting> WithClosedContent =
        from meeting in ModelGen.Meeting.Select(XmlSafe.Clean)
        from closedFree in Gen.Bool
        select Closed(meeting, closedFree);

    [Fact]
    public void No_closed_marker_reaches_any_part_of_the_public_pdf()
    {
        var checkedMarkers = 0;
        var checkedPdfs = 0;
        var checkedControls = 0;
        WithClosedContent.Sample(
            meeting =>
            {
                var (marked, markers, _, neverPrinted) = ClosedMarkers.Mark(meeting);
                if (markers.Count == 0)
                {
                    return;
                }

                var publicPdf = PdfWriter.WriteToBytes(marked, Public);
                var inText = ClosedMarkers.Found(PdfTextProjection.FlatText(publicPdf, artifacts: true));
                var inObjects = ClosedMarkers.Found(string.Join('\n', PdfObjects.Texts(publicPdf)));
                Assert.Null(markers.FirstOrDefault(inText.Contains));
                Assert.Null(markers.FirstOrDefault(inObjects.Contains));

                Interlocked.Add(ref checkedMarkers, markers.Count);
                if (Interlocked.Increment(ref checkedPdfs) % 4 == 1)
                {
                    // The control, on every fourth meeting (reading a PDF is most of this test's time): the
                    // internal edition prints the markers, so the reading above would see a leak.
                    var internalText = ClosedMarkers.Found(PdfTextProjection.FlatText(PdfWriter.WriteToBytes(marked, Internal)));
                    Assert.Null(markers.Where(m => !neverPrinted.Contains(m)).FirstOrDefault(m => !internalText.Contains(m)));
                    Interlocked.Increment(ref checkedControls);
                }
            },
            iter: Meetings,
            seed: "0Kq7p3bHn6a1");

        Assert.True(checkedMarkers > Meetings, $"only {checkedMarkers} markers were checked");
        Assert.True(checkedPdfs > Meetings * 9 / 10, $"only {checkedPdfs} public PDFs were checked");
        Assert.True(checkedControls > Meetings / 5, $"only {checkedControls} internal PDFs were checked");
    }

    // As the JSON/DOCX leak test: every meeting gets a closed item (with a closed sub-item), a
    // time-plan slot for it, an open item with a closed attachment, and sometimes a closed free slot.
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
