using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>An item's fragment: the same article as on the page, its own language, a chosen heading level, the edition applied.</summary>
public class HtmlFragmentTests
{
    [Fact]
    public void A_fragment_is_the_items_article_from_the_page()
    {
        var seed = SeedMeeting.Build();
        var options = new HtmlOptions { Style = HouseStyle.Default with { ItemPerPage = false } };
        var page = HtmlTextProjection.Project(HtmlWriter.WriteToString(seed, options));

        foreach (var item in seed.Items)
        {
            var fragment = HtmlTextProjection.Project(HtmlWriter.WriteItem(seed, item.Number!, options)).Split('\n');
            Assert.Equal($"article.kp.kp-item[lang=da-DK aria-labelledby=punkt-{item.Number}]", fragment[0]);

            // On the page the article sits three levels deep (html, body, main) and has no lang of its own.
            var inPage = page.Split('\n').SkipWhile(l => l != $"      article.kp-item[aria-labelledby=punkt-{item.Number}]").Skip(1)
                .TakeWhile(l => l.StartsWith("        ", StringComparison.Ordinal)).Select(l => l[6..]);
            Assert.Equal(inPage, fragment.Skip(1).Where(l => l.Length > 0));
        }
    }

    [Fact]
    public void The_item_heading_level_is_chosen_and_the_outline_follows()
    {
        var seed = SeedMeeting.Build();
        var fragment = HtmlWriter.WriteItem(seed, ItemNumber.Parse("3"), new HtmlOptions { ItemHeadingLevel = 1 });

        Assert.StartsWith("<article class=\"kp kp-item\" lang=\"da-DK\" aria-labelledby=\"punkt-3\">\n<h1 id=\"punkt-3\">3. Ledelsesinformation i Norddjurs Kommune</h1>\n", fragment, StringComparison.Ordinal);
        Assert.Contains("<h2>Baggrund</h2>", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<h3", fragment, StringComparison.Ordinal);
        Assert.Contains("<h6>Baggrund</h6>", HtmlWriter.WriteItem(seed, ItemNumber.Parse("3"), new HtmlOptions { ItemHeadingLevel = 5 }), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlOptions { ItemHeadingLevel = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlOptions { ItemHeadingLevel = 6 });
    }

    [Fact]
    public void Sub_items_are_in_their_items_fragment_and_have_their_own()
    {
        var meeting = SeedMeeting.Build();
        var items = meeting.Items.ToList();
        items[4] = items[4] with { SubItems = [new AgendaItem { Number = ItemNumber.Parse("5.a"), Title = "Underpunkt" }] };
        meeting = meeting with { Items = [.. items] };

        var parent = HtmlWriter.WriteItem(meeting, ItemNumber.Parse("5"));
        var sub = HtmlWriter.WriteItem(meeting, ItemNumber.Parse("5.a"));

        Assert.Contains("<h2 id=\"punkt-5.a\">5.a Underpunkt</h2>", parent, StringComparison.Ordinal);
        Assert.StartsWith("<article class=\"kp kp-item\" lang=\"da-DK\" aria-labelledby=\"punkt-5.a\">\n<h2 id=\"punkt-5.a\">5.a Underpunkt</h2>", sub, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnumbered_item_has_a_fragment_by_its_place_and_a_numbered_one_the_same_as_by_number()
    {
        var seed = SeedMeeting.Build();
        var questions = new AgendaItem { Title = "Spørgetid for borgere", Sections = [new Section { Kind = SectionKind.CaseDescription, Content = [global::Kommune.Protocols.Model.Paragraph.Of("Ingen spørgsmål.")] }] };
        var closed = new AgendaItem { Title = "Personalesag", Access = Access.Closed, Sections = [new Section { Kind = SectionKind.CaseDescription, Content = [global::Kommune.Protocols.Model.Paragraph.Of("Fortrolig sag om Jens")] }] };
        var meeting = seed with { Items = [questions, .. seed.Items, closed] };

        var fragment = HtmlWriter.WriteItemAt(meeting, 0);
        Assert.Contains("Spørgetid for borgere", fragment, StringComparison.Ordinal);
        Assert.Contains("Ingen spørgsmål.", fragment, StringComparison.Ordinal);
        Assert.Equal(HtmlWriter.WriteItem(meeting, seed.Items[2].Number!), HtmlWriter.WriteItemAt(meeting, 3));

        var last = meeting.Items.Count - 1;
        Assert.Contains("Fortrolig sag om Jens", HtmlWriter.WriteItemAt(meeting, last), StringComparison.Ordinal);
        Assert.DoesNotContain("Fortrolig", HtmlWriter.WriteItemAt(meeting, last, new HtmlOptions { Edition = MeetingEdition.Public }), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlWriter.WriteItemAt(meeting, meeting.Items.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlWriter.WriteItemAt(meeting, -1));
    }

    [Fact]
    public void A_closed_items_public_fragment_shows_only_its_public_facts()
    {
        var seed = SeedMeeting.Build();
        var items = seed.Items.ToList();
        items[3] = items[3] with { Sections = [new Section { Kind = SectionKind.CaseDescription, Content = [global::Kommune.Protocols.Model.Paragraph.Of("Fortroligt regnskab")] }] };
        var meeting = seed with { Items = [.. items] };

        var internalFragment = HtmlWriter.WriteItem(meeting, ItemNumber.Parse("4"));
        var publicFragment = HtmlWriter.WriteItem(meeting, ItemNumber.Parse("4"), new HtmlOptions { Edition = MeetingEdition.Public });

        Assert.Contains("Fortroligt regnskab", internalFragment, StringComparison.Ordinal);
        Assert.DoesNotContain("Fortroligt", publicFragment, StringComparison.Ordinal);
        Assert.Contains("<strong>Lukket sag</strong>", publicFragment, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_item_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => HtmlWriter.WriteItem(SeedMeeting.Build(), ItemNumber.Parse("99")));
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }
}
