using System.Text.RegularExpressions;
using CsCheck;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>
/// Nothing is lost on the way to HTML: every text field of a meeting (every string
/// <see cref="MeetingWalker"/> visits) appears in the text of the internal page as a reader gets
/// it (<see cref="HtmlTextProjection"/>: references decoded, line breaks and tabs as symbols), over
/// generated meetings with every optional part present and absent and unusual text, and over the
/// seed and a large generated protocol.
/// </summary>
public partial class HtmlLossTests
{
    public const int Meetings = 300;

    // The protocol paper prints everything; the agenda paper leaves decisions and attendance out by design.
    private static readonly HtmlOptions Protocol = new() { Paper = PaperKind.Protocol };

    [Fact]
    public void Every_text_field_of_generated_meetings_is_in_the_internal_page()
    {
        var checkedFields = 0;
        ModelGen.Meeting.Select(XmlSafe.Clean).Sample(
            meeting =>
            {
                var text = HtmlTextProjection.Project(HtmlWriter.WriteToBytes(meeting, Protocol));
                Interlocked.Add(ref checkedFields, AssertEveryFieldIn(meeting, text));
            },
            iter: Meetings,
            seed: "9pLk2Mr5Qa1c");

        Assert.True(checkedFields > Meetings * 5, $"only {checkedFields} fields were checked");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(200)]
    public void Every_text_field_of_the_seed_and_a_generated_protocol_is_in_the_internal_page(int items)
    {
        var meeting = items == 0 ? SeedMeeting.Build() : MeetingGenerator.Generate(items, seed: 3);
        var text = HtmlTextProjection.Project(HtmlWriter.WriteToBytes(meeting, Protocol));

        Assert.True(AssertEveryFieldIn(meeting, text) > 100);
    }

    /// <summary>Fields no paper prints (as for the DOCX, see DocxLossTests); everything else must appear.</summary>
    /// <remarks>A guest's title and organisation are left out when the decision text already names every guest (as the seed's source does).</remarks>
    [GeneratedRegex(@"(^|\.)(attachments\[\d+\]\.(fileName|mediaType)|(body|jointBodies\[\d+\])\.shortName|members\[\d+\]\.key|guests\[\d+\]\.(title|organisation))$")]
    private static partial Regex NotPrinted();

    private static int AssertEveryFieldIn(Meeting meeting, string projection)
    {
        var count = 0;
        foreach (var (path, text) in Texts.Of(meeting))
        {
            var expected = AsProjected(text);
            if (expected.Trim().Length == 0 || NotPrinted().IsMatch(path))
            {
                continue;
            }

            // Some lines start with a field and print it capitalized; that is typography, not loss.
            var capitalized = char.ToUpperInvariant(expected[0]) + expected[1..];
            Assert.True(
                projection.Contains(expected, StringComparison.Ordinal) || projection.Contains(capitalized, StringComparison.Ordinal),
                $"{path} = \"{text}\" is not in the page");
            count++;
        }

        return count;
    }

    // How the page renders text: CR LF, CR and LF each a line break; a tab a tab (or a column gap, which projects the same).
    private static string AsProjected(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', '\u2192').Replace('\n', '\u21b5');
}
