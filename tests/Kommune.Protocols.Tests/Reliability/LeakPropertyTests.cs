using CsCheck;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Editions;
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
    // 1,000 per CI run; the documented long run (KOMMUNE_LONG_RUN=1, docs/reliability.md) checks 10,000.
    public static readonly int Meetings = Environment.GetEnvironmentVariable("KOMMUNE_LONG_RUN") == "1" ? 10_000 : 1_000;

    private static readonly Access[] ClosedAccess = [Access.Closed, (Access)2, (Access)(-1)];

    private static readonly Gen<Meeting> WithClosedContent =
        from meeting in ModelGen.Meeting.Select(XmlSafe.Clean)
        from closedFree in Gen.Bool
        from access in Gen.OneOf(ClosedAccess)
        from slotKind in Gen.OneOf(TimeSlotKind.Item, TimeSlotKind.Break, TimeSlotKind.Other, (TimeSlotKind)7)
        select Closed(meeting, closedFree, access, slotKind);

    private static readonly Gen<PublicationPolicy> Policies =
        from title in Gen.OneOf(ClosedTitle.PublicTitle, ClosedTitle.InternalTitle, ClosedTitle.NumberOnly, (ClosedTitle)9)
        from caseNumber in Gen.Bool
        from decision in Gen.Bool
        from reasons in Gen.Bool
        from attachments in Gen.OneOf(ClosedAttachments.Neutral, ClosedAttachments.Hidden, (ClosedAttachments)5)
        from prefix in Gen.OneOf<string?>(null, "Lukket: ")
        select new PublicationPolicy
        {
            ClosedItemTitle = title,
            ShowClosedCaseNumber = caseNumber,
            ShowPublicDecision = decision,
            ShowAbsenceReasons = reasons,
            ClosedAttachments = attachments,
            ClosedTitlePrefix = prefix,
        };

    [Fact]
    public void No_closed_marker_reaches_any_public_output()
    {
        var checkedMarkers = 0;
        var checkedDocx = 0;
        WithClosedContent.Select(Policies).Sample(
            (meeting, policy) =>
            {
                var (marked, markers, published) = ClosedMarkers.Apply(meeting, policy);
                if (markers.Count == 0)
                {
                    return;
                }

                var publicJson = MeetingJson.Serialize(marked, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public, Publication = policy });
                var inPublic = ClosedMarkers.Found(publicJson);
                var leak = markers.FirstOrDefault(inPublic.Contains);
                Assert.True(leak is null, $"{leak} in the public JSON under {policy}");

                // What the policy publishes is published: public titles, public decisions, case numbers, reasons as it says.
                var missing = published.FirstOrDefault(m => !inPublic.Contains(m));
                Assert.True(missing is null, $"{missing} is not in the public JSON under {policy}");

                var publicDocx = DocxWriter.WriteToBytes(marked, new DocxOptions { Edition = MeetingEdition.Public, Publication = policy });

                Assert.Null(PackageText.FirstLeak(publicDocx, markers));
                Interlocked.Increment(ref checkedDocx);

                // The markers are really there to find: the internal edition shows them (JSON refuses an undefined
                // access value, so those meetings are checked through the internal DOCX's document part instead).
                if (marked.Items.All(i => Enum.IsDefined(i.Access)) && marked.Items.SelectMany(i => i.Attachments).All(a => Enum.IsDefined(a.Access)) && marked.TimePlan!.Slots.All(s => Enum.IsDefined(s.Access) && Enum.IsDefined(s.Kind)))
                {
                    var internalJson = ClosedMarkers.Found(MeetingJson.Serialize(marked));
                    Assert.True(markers.All(internalJson.Contains), "a marker is missing from the internal JSON");
                }
                else
                {
                    var internalDocx = ClosedMarkers.Found(PackageText.All(DocxWriter.WriteToBytes(marked)));
                    Assert.True(markers.Count(internalDocx.Contains) > markers.Count / 2, "the internal DOCX shows too few markers");
                }

                Interlocked.Add(ref checkedMarkers, markers.Count);
            },
            iter: Meetings,
            seed: Environment.GetEnvironmentVariable("KOMMUNE_LEAK_SEED") ?? "0Kq7p3bHn6a1");

        Assert.True(checkedMarkers > Meetings, $"only {checkedMarkers} markers were checked");
        Assert.True(checkedDocx > Meetings * 9 / 10, $"only {checkedDocx} public DOCX packages were checked");
    }

    // Every generated meeting gets a closed item (with a sub-item) whose access may be an undefined
    // value, a slot for it of any kind, slots that name no item, an unknown item or the closed
    // item's number written differently ("0900"), and sometimes a closed free slot.
    private static Meeting Closed(Meeting meeting, bool closedFree, Access access, TimeSlotKind slotKind)
    {
        var closedItem = new AgendaItem
        {
            Number = ItemNumber.Parse("900"),
            Title = "Lukket punkt",
            Access = access,
            SubItems = [new AgendaItem { Number = ItemNumber.Parse("900.a"), Title = "Underpunkt" }],
        };
        var openItem = new AgendaItem
        {
            Number = ItemNumber.Parse("901"),
            Title = "Åbent punkt",
            Attachments = [new Attachment { Number = 1, Title = "x", Access = access }],
        };
        var plan = meeting.TimePlan ?? new TimePlan();
        TimeSlot[] added =
        [
            new TimeSlot { Kind = slotKind, Item = closedItem.Number },
            new TimeSlot { Kind = TimeSlotKind.Item, Access = access },
            new TimeSlot { Kind = TimeSlotKind.Item, Item = ItemNumber.Parse("0900") },
            new TimeSlot { Kind = TimeSlotKind.Item, Item = ItemNumber.Parse("77777") },
            .. closedFree ? [new TimeSlot { Kind = TimeSlotKind.Other, Access = access }] : Array.Empty<TimeSlot>(),
        ];
        return meeting with
        {
            Items = [.. meeting.Items, closedItem, openItem],
            TimePlan = plan with { Slots = [.. plan.Slots, .. added] },
        };
    }
}
