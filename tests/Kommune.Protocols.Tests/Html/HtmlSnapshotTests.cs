using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>The seed's page and an item fragment as <see cref="HtmlTextProjection"/> text, pinned.</summary>
public class HtmlSnapshotTests
{
    private static string Page(HtmlOptions options) => HtmlTextProjection.Project(HtmlWriter.WriteToBytes(SeedMeeting.Build(), options));

    [Fact]
    public void Seed_internal_page() => Snapshot.Match(Page(new HtmlOptions()));

    [Fact]
    public void Seed_public_page() => Snapshot.Match(Page(new HtmlOptions { Edition = MeetingEdition.Public }));

    [Fact]
    public void Seed_agenda_page() => Snapshot.Match(Page(new HtmlOptions { Paper = PaperKind.Agenda }));

    [Fact]
    public void Seed_item_fragments()
    {
        var seed = SeedMeeting.Build();
        var three = HtmlWriter.WriteItem(seed, ItemNumber.Parse("3"));
        var closedInternal = HtmlWriter.WriteItem(seed, ItemNumber.Parse("4"));
        var closedPublic = HtmlWriter.WriteItem(seed, ItemNumber.Parse("4"), new HtmlOptions { Edition = MeetingEdition.Public });
        Snapshot.Match(string.Join("\n", HtmlTextProjection.Project(three), HtmlTextProjection.Project(closedInternal), HtmlTextProjection.Project(closedPublic)));
    }
}
