using CsCheck;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// The streaming projection gives exactly the text the Open XML SDK-based projection gave
/// (<see cref="DocxProjectionDomOracle"/>, kept unchanged) for what the library writes: the seed
/// under every paper, edition and language, 200 generated meetings, and a large protocol.
/// </summary>
public class DocxProjectionOracleTests
{
    public const int GeneratedMeetings = 200;

    private static readonly DocxOptions[] Variants =
    [
        .. from edition in new[] { MeetingEdition.Internal, MeetingEdition.Public }
           from paper in new PaperKind?[] { null, PaperKind.Agenda, PaperKind.Protocol }
           from language in new[] { Language.Danish, Language.English }
           select new DocxOptions { Edition = edition, Paper = paper, Language = language },
    ];

    public static TheoryData<int> VariantIndexes() => [.. Enumerable.Range(0, Variants.Length)];

    [Theory]
    [MemberData(nameof(VariantIndexes))]
    public void The_seed_projects_as_before(int variant)
    {
        var docx = DocxWriter.WriteToBytes(SeedMeeting.Build(), Variants[variant]);

        AssertSameAsOracle(docx);
    }

    [Fact]
    public void Generated_meetings_project_as_before()
    {
        var checkedMeetings = 0;
        var generator =
            from meeting in ModelGen.Meeting.Select(XmlSafe.Clean)
            from variant in Gen.Int[0, Variants.Length - 1]
            select (meeting, variant);

        generator.Sample(
            sample =>
            {
                AssertSameAsOracle(DocxWriter.WriteToBytes(sample.meeting, Variants[sample.variant]));
                Interlocked.Increment(ref checkedMeetings);
            },
            iter: GeneratedMeetings,
            seed: "0rAcLe2Dom7x");

        Assert.Equal(GeneratedMeetings, checkedMeetings);
    }

    [Theory]
    [InlineData(MeetingEdition.Internal)]
    [InlineData(MeetingEdition.Public)]
    public void A_large_protocol_projects_as_before(MeetingEdition edition)
    {
        var docx = DocxWriter.WriteToBytes(MeetingGenerator.Generate(300, seed: 7), new DocxOptions { Edition = edition, Paper = PaperKind.Protocol });

        AssertSameAsOracle(docx);
    }

    private static void AssertSameAsOracle(byte[] docx)
    {
        var expected = DocxProjectionDomOracle.Project(docx);
        var actual = DocxTextProjection.Project(docx);

        // Compare line by line first, so a difference is reported as the line it is on.
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            Assert.True(expectedLines[i] == actualLines[i], $"line {i + 1} differs:\n  oracle:    {expectedLines[i]}\n  streaming: {actualLines[i]}");
        }

        Assert.Equal(expected, actual);
    }
}
