using Kommune.Protocols.Docx;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Docx;

public class DocxSnapshotTests
{
    // The seed is printed in its own municipality's style, as the real paper was.
    private static string Project(DocxOptions options) =>
        DocxTextProjection.Project(DocxWriter.WriteToBytes(SeedMeeting.Build(), options.Style == HouseStyle.Default ? options with { Style = SeedMeeting.Style } : options));

    [Fact]
    public void Seed_internal_protocol() => Snapshot.Match(Project(new DocxOptions()), "txt");

    [Fact]
    public void Seed_public_protocol() => Snapshot.Match(Project(new DocxOptions { Edition = MeetingEdition.Public }), "txt");

    // The strictest policy: the closed item by number only, no case number, no public decision,
    // closed attachments left out; reasons for absence printed (a municipality's own choice).
    [Fact]
    public void Seed_public_protocol_under_a_strict_policy() => Snapshot.Match(
        Project(new DocxOptions
        {
            Edition = MeetingEdition.Public,
            Publication = new PublicationPolicy
            {
                ClosedItemTitle = ClosedTitle.NumberOnly,
                WithheldTitle = "Lukket punkt",
                ShowClosedCaseNumber = false,
                ShowPublicDecision = false,
                ClosedAttachments = ClosedAttachments.Hidden,
                ShowAbsenceReasons = true,
            },
        }),
        "txt");

    [Fact]
    public void Seed_english_protocol() => Snapshot.Match(Project(new DocxOptions { Language = Language.English }), "txt");

    [Fact]
    public void Seed_agenda() => Snapshot.Match(Project(new DocxOptions { Paper = PaperKind.Agenda }), "txt");

    [Fact]
    public void Draft_protocol_is_marked_on_every_page()
    {
        var meeting = SeedMeeting.Build() with { Stage = DocumentStage.Protocol };
        var text = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting));
        Assert.Contains("-- header default --\n[Header] Direktionen→5. marts 2025\n[DraftMark] UDKAST\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_protocol_has_no_draft_mark()
    {
        var text = Project(new DocxOptions());
        Assert.DoesNotContain("UDKAST", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_can_be_overridden()
    {
        var style = SeedMeeting.Style with { Labels = new Dictionary<string, string> { [WordKeys.CaseDescription] = "Sagen kort", [WordKeys.PageNumber] = "{page}/{pages}" } };
        var text = Project(new DocxOptions { Style = style });
        Assert.Contains("[Heading2] Sagen kort\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Heading2] Sagsfremstilling", text, StringComparison.Ordinal);
        Assert.Contains("[Footer] {PAGE}/{NUMPAGES}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_follows_the_stage()
    {
        Assert.Equal(PaperKind.Agenda, new DocxOptions().PaperFor(DocumentStage.Draft));
        Assert.Equal(PaperKind.Agenda, new DocxOptions().PaperFor(DocumentStage.Agenda));
        Assert.Equal(PaperKind.Protocol, new DocxOptions().PaperFor(DocumentStage.Protocol));
        Assert.Equal(PaperKind.Protocol, new DocxOptions().PaperFor(DocumentStage.Signed));
        Assert.Equal(PaperKind.Agenda, new DocxOptions { Paper = PaperKind.Agenda }.PaperFor(DocumentStage.Signed));
    }
}
