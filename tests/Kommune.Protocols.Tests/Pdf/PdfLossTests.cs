using System.Text.RegularExpressions;
using CsCheck;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// Nothing is lost on the way to the PDF: every text field of a meeting (the model's walker)
/// appears in the text PdfPig reads from the internal protocol, over generated meetings with
/// unusual text and over the seed and a large generated protocol. Lines break anywhere in a
/// PDF, so the comparison ignores whitespace (a word broken across lines is found whole), and
/// characters the font cannot draw compare as U+FFFD (<see cref="PdfText"/>). A field in a
/// table row that is split over pages may be found in pieces on later and later pages.
/// </summary>
public partial class PdfLossTests
{
    public const int Meetings = 200;

    private static readonly PdfOptions Protocol = new() { Paper = PaperKind.Protocol };

    /// <summary>Fields the paper deliberately does not print (as for the DOCX); everything else must appear.</summary>
    [GeneratedRegex(@"(^|\.)(attachments\[\d+\]\.(fileName|mediaType)|(body|jointBodies\[\d+\])\.shortName|members\[\d+\]\.key|guests\[\d+\]\.(title|organisation))$")]
    private static partial Regex NotPrinted();

    [Fact]
    public void Every_text_field_of_generated_meetings_is_in_the_internal_pdf()
    {
        var checkedFields = 0;
        ModelGen.Meeting.Select(XmlSafe.Clean).Sample(
            meeting =>
            {
                var text = PdfPages(PdfWriter.WriteToBytes(meeting, Protocol));
                Interlocked.Add(ref checkedFields, AssertEveryFieldIn(meeting, text));
            },
            iter: Meetings,
            seed: "5mKp2Lr9Qa0c");

        Assert.True(checkedFields > Meetings * 5, $"only {checkedFields} fields were checked");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(200)]
    public void Every_text_field_of_the_seed_and_a_generated_protocol_is_in_the_internal_pdf(int items)
    {
        var meeting = items == 0 ? SeedMeeting.Build() : MeetingGenerator.Generate(items, seed: 3);
        var text = PdfPages(PdfWriter.WriteToBytes(meeting, Protocol));

        Assert.True(AssertEveryFieldIn(meeting, text) > 100);
    }

    private static IReadOnlyList<string> PdfPages(byte[] pdf) => [.. PdfTextProjection.PageTexts(pdf).Select(PdfText.Comparable)];

    private static int AssertEveryFieldIn(Meeting meeting, IReadOnlyList<string> pages)
    {
        var count = 0;
        foreach (var (path, field) in Texts.Of(meeting))
        {
            var expected = PdfText.Comparable(field);
            if (expected.Length == 0 || NotPrinted().IsMatch(path))
            {
                continue;
            }

            // Some lines start with a field and print it capitalized; that is typography, not loss. The capital may be a
            // letter the font lacks (Georgian ბ becomes Mtavruli Ბ) and then drawn as a stand-in, so it is compared as drawn.
            var capitalized = PdfText.Comparable(Capitalized(field));
            Assert.True(Found(pages, expected) || Found(pages, capitalized), $"{path} = \"{field}\" is not in the PDF");
            count++;
        }

        return count;
    }

    private static string Capitalized(string text)
    {
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        return first == text.Length ? text : text[..first] + char.ToUpperInvariant(text[first]) + text[(first + 1)..];
    }

    /// <summary>
    /// Whether <paramref name="text"/> is in the text, or in pieces on later and later pages: a
    /// cell of a table row taller than a page continues on the next page after the other cells'
    /// parts, so its text is interrupted at each page break (and a neighbouring cell may share a
    /// page's text with it). Each piece is the longest prefix of the rest found on the next page
    /// that has one; the rest must run out.
    /// </summary>
    private static bool Found(IReadOnlyList<string> pages, string text)
    {
        if (string.Concat(pages).Contains(text, StringComparison.Ordinal))
        {
            return true;
        }

        var rest = text;
        for (var page = 0; page < pages.Count && rest.Length > 0; page++)
        {
            var (low, high) = (0, rest.Length);
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (pages[page].Contains(rest[..mid], StringComparison.Ordinal))
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            rest = rest[low..];
        }

        return rest.Length == 0;
    }
}