using System.Text.RegularExpressions;
using CsCheck;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// Nothing is lost on the way to paper: every text field of a meeting (every string
/// <see cref="MeetingText"/> knows, which is also what validation checks) appears in the text
/// of the internal DOCX, over generated meetings with every optional part present and absent
/// and unusual text, and over the seed and large generated protocols.
/// </summary>
public partial class DocxLossTests
{
    public const int Meetings = 300;

    // The protocol paper prints everything; the agenda paper leaves decisions and attendance out by design.
    private static readonly DocxOptions Protocol = new() { Paper = PaperKind.Protocol };

    /// <summary>Fields the DOCX deliberately does not print; everything else must appear.</summary>
    /// <remarks>A guest's title and organisation are left out when the decision text already names every guest (as the seed's source does).</remarks>
    [GeneratedRegex(@"(^|\.)(attachments\[\d+\]\.(fileName|mediaType)|(body|jointBodies\[\d+\])\.shortName|members\[\d+\]\.key|guests\[\d+\]\.(title|organisation))$")]
    private static partial Regex NotPrinted();

    [Fact]
    public void Every_text_field_of_generated_meetings_is_in_the_internal_docx()
    {
        var checkedFields = 0;
        ModelGen.Meeting.Select(XmlSafe.Clean).Sample(
            meeting =>
            {
                var projection = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, Protocol));
                Interlocked.Add(ref checkedFields, AssertEveryFieldIn(meeting, projection));
            },
            iter: Meetings,
            seed: "5mKp2Lr9Qa0c");

        Assert.True(checkedFields > Meetings * 5, $"only {checkedFields} fields were checked");
    }

    [Fact]
    public void Every_text_field_is_in_the_docx_when_attendance_and_votes_are_sentences()
    {
        // The sentence layouts move members, substitutes, movements and tallies out of the list; nothing may fall out on the way.
        var options = Protocol with
        {
            Style = HouseStyle.Default with
            {
                AttendanceLayout = AttendanceLayout.Sentences,
                RoleBeforeName = true,
                Labels = new Dictionary<string, string>
                {
                    [WordKeys.VoteLine] = "{CountWords} {noun} ({joined}) {label}.",
                    [WordKeys.VoteLineCount] = "{count} {noun} {label}.",
                    [WordKeys.VoteLineWho] = "{members} og {parties} {label}.",
                    [WordKeys.ActingChair] = "{titleAndName} var mødeleder.",
                },
                EndLines = ["Mødet blev hævet kl. {end}."],
            },
        };
        var checkedFields = 0;
        ModelGen.Meeting.Select(XmlSafe.Clean).Sample(
            meeting =>
            {
                var projection = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, options));
                Interlocked.Add(ref checkedFields, AssertEveryFieldIn(meeting, projection));
            },
            iter: Meetings / 3,
            seed: "7tHw3Nc1Ub5e");

        Assert.True(checkedFields > Meetings, $"only {checkedFields} fields were checked");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(200)]
    public void Every_text_field_of_the_seed_and_a_generated_protocol_is_in_the_internal_docx(int items)
    {
        var meeting = items == 0 ? SeedMeeting.Build() : MeetingGenerator.Generate(items, seed: 3);
        var projection = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, Protocol));

        Assert.True(AssertEveryFieldIn(meeting, projection) > 100);
    }

    [Fact]
    public void A_time_plan_and_coming_meetings_no_section_places_get_their_own_headings_after_the_items()
    {
        var seed = SeedMeeting.Build();
        var unplaced = seed with { Items = [.. seed.Items.Select(i => i with { Sections = [] })] };

        var placed = DocxTextProjection.Project(DocxWriter.WriteToBytes(seed));
        var projection = DocxTextProjection.Project(DocxWriter.WriteToBytes(unplaced));

        Assert.DoesNotContain("[Heading1] Tidsplan", placed, StringComparison.Ordinal);
        Assert.DoesNotContain("[Heading1] Kommende møder", placed, StringComparison.Ordinal);
        var plan = projection.IndexOf("[Heading1] Tidsplan", StringComparison.Ordinal);
        var coming = projection.IndexOf("[Heading1] Kommende møder", StringComparison.Ordinal);
        var overview = projection.IndexOf("[Heading1] Bilagsoversigt", StringComparison.Ordinal);
        Assert.True(plan > 0 && coming > plan && overview > coming, projection);
        Assert.Contains("| 11.45 | Mødet afsluttes |", projection, StringComparison.Ordinal);
    }

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

            // Some lines start with a field and print it capitalized (Ooxml.Capitalize); that is typography, not loss.
            var capitalized = char.ToUpperInvariant(expected[0]) + expected[1..];
            Assert.True(
                projection.Contains(expected, StringComparison.Ordinal) || projection.Contains(capitalized, StringComparison.Ordinal),
                $"{path} = \"{text}\" is not in the DOCX");
            count++;
        }

        return count;
    }

    // How the writer renders text: CR dropped (CR LF is one line break), LF a line break, tab a tab.
    private static string AsProjected(string text) =>
        text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\t', '\u2192').Replace('\n', '\u21b5');
}
