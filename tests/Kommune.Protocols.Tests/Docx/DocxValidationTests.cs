using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Samples;

namespace Kommune.Protocols.Tests.Docx;

public class DocxValidationTests
{
    public static TheoryData<MeetingEdition, Language, DocxPaper> SeedVariants() => new()
    {
        { MeetingEdition.Internal, Language.Danish, DocxPaper.Protocol },
        { MeetingEdition.Public, Language.Danish, DocxPaper.Protocol },
        { MeetingEdition.Internal, Language.English, DocxPaper.Protocol },
        { MeetingEdition.Internal, Language.Danish, DocxPaper.Agenda },
    };

    [Theory]
    [MemberData(nameof(SeedVariants))]
    public void Seed_has_no_validation_errors(MeetingEdition edition, Language language, DocxPaper paper)
    {
        var bytes = new DocxWriter().WriteToBytes(SeedMeeting.Build(), new DocxOptions { Edition = edition, Language = language, Paper = paper });
        var errors = DocxTestSupport.ValidationErrors(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Generated_meetings_have_no_validation_errors(int seed)
    {
        var meeting = MeetingGenerator.Generate(12 + seed, seed);
        var writer = new DocxWriter();
        foreach (var edition in new[] { MeetingEdition.Internal, MeetingEdition.Public })
        {
            var bytes = writer.WriteToBytes(meeting, new DocxOptions { Edition = edition });
            var errors = DocxTestSupport.ValidationErrors(bytes);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }
}
