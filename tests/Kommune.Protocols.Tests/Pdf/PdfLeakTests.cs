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
/// The internal edition does show them, through the same reading, so the test can fail.
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

    /// <summary>Closed fields the paper never prints, in either edition (a file's name and media type).</summary>
    [GeneratedRegex(@"^SECRET\d{4}(File|Media)$")]
    private static partial Regex NeverPrinted();

    [Fact]
    public void No_closed_marker_reaches_any_part_of_the_public_pdf()
    {
        var checkedMarkers = 0;
        var checkedPdfs = 0;
        WithClosedContent.Sample(
            meeting =>
            {
                var (marked, markers) = ClosedMarkers.Apply(meeting);
                if (markers.Count == 0)
                {
                    return;
                }

                var publicPdf = PdfWriter.Shared.WriteToBytes(marked, Public);
                var text = PdfTextProjection.FlatText(publicPdf, artifacts: true);
                var objects = PdfObjects.Texts(publicPdf);
                foreach (var marker in markers)
                {
                    Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{marker} in the public PDF's text");
                    var leak = objects.FirstOrDefault(o => o.Contains(marker, StringComparison.Ordinal));
                    Assert.True(leak is null, $"{marker} in an object of the public PDF");
                }

                var internalText = PdfTextProjection.FlatText(PdfWriter.Shared.WriteToBytes(marked, Internal));
                Assert.All(markers.Where(m => !NeverPrinted().IsMatch(m)), m => Assert.Contains(m, internalText, StringComparison.Ordinal));
                Interlocked.Add(ref checkedMarkers, markers.Count);
                Interlocked.Increment(ref checkedPdfs);
            },
            iter: Meetings,
            seed: "0Kq7p3bHn6a1");

        Assert.True(checkedMarkers > Meetings, $"only {checkedMarkers} markers were checked");
        Assert.True(checkedPdfs > Meetings * 9 / 10, $"only {checkedPdfs} public PDFs were checked");
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
