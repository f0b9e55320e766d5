using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>
/// Text that looks like markup, in every text field of generated meetings and in the house
/// style's labels, stays text: a spec-compliant HTML parser (AngleSharp, independent of the
/// writer and of <see cref="HtmlTextProjection"/>) finds only the writer's own elements and
/// attributes, the stylesheet intact (its hash still the policy's), and the hostile text itself
/// in the page's text, verbatim.
/// </summary>
public class HtmlHostileTextTests
{
    private const string Hostile = "<script>alert('x')</script></title></style></p><img src=x onerror=alert(1)>\"onload=\"alert(2)\" ' onmouseover='y' &amp; &lt;b&gt; &#60; <!-- c --> ]]> \\\"";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "body", "header", "main", "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "em", "br",
        "dl", "div", "dt", "dd", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "lang", "charset", "http-equiv", "content", "name", "class", "id", "aria-labelledby", "scope",
    };

    [Fact]
    public void Markup_in_every_field_of_generated_meetings_is_text()
    {
        var pages = 0;
        Gen.Select(ModelGen.Meeting.Select(XmlSafe.Clean), Gen.Bool).Sample(
            (generated, publicEdition) =>
            {
                var meeting = MeetingWalker.Rewrite(generated, (_, text) => text + Hostile);
                var options = new HtmlOptions { Edition = publicEdition ? MeetingEdition.Public : MeetingEdition.Internal, Paper = PaperKind.Protocol };
                var html = HtmlWriter.WriteToString(meeting, options);
                var document = new HtmlParser().ParseDocument(html);

                AssertOnlyTheWritersMarkup(document);
                Assert.Contains(Hostile, document.Title, StringComparison.Ordinal);
                Assert.Contains(meeting.Body.Name, document.QuerySelector(".kp-header span")!.TextContent, StringComparison.Ordinal);
                if (!publicEdition && !meeting.Items.IsEmpty)
                {
                    // A line break is an element without text; the rest of the title is there as it was.
                    var title = meeting.Items[0].Title.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
                    var heading = document.QuerySelector("article h2")!.TextContent;
                    Assert.Equal(Words(title), Words(meeting.Items[0].Number is null ? heading : heading.Split(' ', 2)[1]));
                }

                // At least the header's body, the subtitle's body and the municipality.
                Assert.True(Count(document.Body!.TextContent, Hostile) >= 3, "the hostile text was dropped or changed");

                foreach (var item in meeting.Items.Where(i => i.Number is not null).Take(3))
                {
                    var fragment = new HtmlParser().ParseDocument("<!DOCTYPE html><title>x</title>" + HtmlWriter.WriteItem(meeting, item.Number!, options));
                    AssertOnlyTheWritersMarkup(fragment);
                }

                Interlocked.Increment(ref pages);
            },
            iter: 150,
            seed: "2bQx8Lm1Ht5c");

        Assert.Equal(150, pages);
    }

    [Fact]
    public void Markup_in_the_house_styles_labels_cannot_end_the_stylesheet()
    {
        var style = HouseStyle.Default with
        {
            Labels = new Dictionary<string, string>
            {
                [WordKeys.PageNumber] = "</style><script>x</script>\"}} body{{display:none}} @import url(x); {page}\\",
                [WordKeys.DraftMark] = "UDKAST</style>\n\"'",
            },
        };
        var meeting = SeedMeeting.Build() with { Stage = DocumentStage.Protocol, Body = new Body { Name = Hostile } };
        var html = HtmlWriter.WriteToString(meeting, new HtmlOptions { Style = style });
        var document = new HtmlParser().ParseDocument(html);

        AssertOnlyTheWritersMarkup(document);
        var css = document.QuerySelector("style")!.TextContent;
        Assert.DoesNotContain("</", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.DoesNotContain("body{display:none}", css, StringComparison.Ordinal);
        Assert.Equal("UDKAST</style>\n\"'", document.QuerySelector(".kp-header .kp-draft")!.TextContent);
    }

    private static void AssertOnlyTheWritersMarkup(IDocument document)
    {
        foreach (var element in document.All)
        {
            Assert.True(Elements.Contains(element.LocalName), $"<{element.LocalName}> in the page");
            foreach (var attribute in element.Attributes)
            {
                Assert.True(Attributes.Contains(attribute.Name), $"{attribute.Name}= on <{element.LocalName}>");
            }
        }

        Assert.Empty(document.Scripts);
        var styles = document.QuerySelectorAll("style");
        Assert.True(styles.Length <= 1);
        if (styles.Length == 1)
        {
            // The stylesheet arrived whole: its hash is still the one the policy allows.
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(styles[0].TextContent)));
            var policy = document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
            Assert.Contains($"'sha256-{hash}'", policy, StringComparison.Ordinal);
        }
    }

    /// <summary>Text as words, white space runs as one space.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
