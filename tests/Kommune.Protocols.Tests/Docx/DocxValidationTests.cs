using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Docx;

public class DocxValidationTests
{
    public static TheoryData<MeetingEdition, string, PaperKind> SeedVariants() => new()
    {
        { MeetingEdition.Internal, "da", PaperKind.Protocol },
        { MeetingEdition.Public, "da", PaperKind.Protocol },
        { MeetingEdition.Internal, "en", PaperKind.Protocol },
        { MeetingEdition.Internal, "da", PaperKind.Agenda },
    };

    [Theory]
    [MemberData(nameof(SeedVariants))]
    public void Seed_has_no_validation_errors(MeetingEdition edition, string languageName, PaperKind paper)
    {
        var language = languageName == "en" ? Language.English : Language.Danish;
        var bytes = DocxWriter.WriteToBytes(SeedMeeting.Build(), new DocxOptions { Edition = edition, Language = language, Paper = paper });
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
        foreach (var edition in new[] { MeetingEdition.Internal, MeetingEdition.Public })
        {
            var bytes = DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = edition });
            var errors = DocxTestSupport.ValidationErrors(bytes);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }
}
