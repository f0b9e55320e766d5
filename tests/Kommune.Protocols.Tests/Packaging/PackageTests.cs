using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Packaging;

/// <summary>
/// What the packages promise their users: the package READMEs speak only of what a package user
/// has, the repository README shows the same code (which <c>.ci/pack-smoke</c> compiles and runs
/// from the packed package), and Kommune.Protocols.Testing needs nothing but the library.
/// </summary>
public partial class PackageTests
{
    private static readonly string[] PackageReadmes = ["src/Kommune.Protocols/PACKAGE.md", "src/Kommune.Protocols.Testing/PACKAGE.md"];

    public static TheoryData<string> Readmes => new(PackageReadmes);

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Package_readmes_point_nowhere_a_package_user_cannot_go(string readme)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root(), readme));

        // Links only to absolute https addresses; no repository folders named as places to look.
        Assert.DoesNotMatch(LinkNotHttps(), text);
        Assert.DoesNotMatch(RepositoryFolder(), text);
    }

    [Fact]
    public void The_repository_readme_shows_the_package_readmes_code()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root(), "README.md")).ReplaceLineEndings("\n");
        var blocks = CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root(), PackageReadmes[0])).ReplaceLineEndings("\n")).Select(m => m.Value).ToList();

        Assert.True(blocks.Count >= 2, "the package README has the code to use the library");
        Assert.All(blocks, block => Assert.Contains(block, readme, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("src/Kommune.Protocols.Testing/Kommune.Protocols.Testing.csproj")]
    public void The_testing_package_needs_only_the_library(string project)
    {
        var csproj = XDocument.Load(Path.Combine(RepoPaths.Root(), project));

        // Build-time analyzers (PrivateAssets="all") do not reach the package's users; nothing else may.
        Assert.DoesNotContain(csproj.Descendants("PackageReference"), r => (string?)r.Attribute("PrivateAssets") != "all");
        Assert.Equal(["../Kommune.Protocols/Kommune.Protocols.csproj"], csproj.Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!));
    }

    [Fact]
    public void Snapshot_text_is_the_projection_of_what_the_writers_write()
    {
        var meeting = SeedMeeting.Build();
        var docxOptions = new DocxOptions { Edition = MeetingEdition.Public, Style = SeedMeeting.Style };

        Assert.Equal(DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, docxOptions)), SnapshotText.Docx(meeting, docxOptions));
        Assert.Equal(HtmlTextProjection.Project(HtmlWriter.WriteToString(meeting)), SnapshotText.Html(meeting));
        Assert.Equal(SnapshotText.Docx(DocxWriter.WriteToBytes(meeting)), SnapshotText.Docx(meeting));
        Assert.Equal(SnapshotText.Html(HtmlWriter.WriteToString(meeting)), SnapshotText.Html(meeting));
        Assert.DoesNotContain('\r', SnapshotText.Docx(meeting));
        Assert.EndsWith("\n", SnapshotText.Html(meeting), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SnapshotText.Docx((Meeting)null!));
        Assert.Throws<ArgumentNullException>(() => SnapshotText.Html((Meeting)null!));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(45, 3)]
    public void Generated_meetings_are_the_same_for_the_same_seed_and_valid(int items, int seed)
    {
        var meeting = MeetingGenerator.Generate(items, seed);

        Assert.Equal(meeting, MeetingGenerator.Generate(items, seed));
        Assert.NotEqual(meeting, MeetingGenerator.Generate(items, seed + 1));
        Assert.Equal(items, meeting.Items.Count);
        Assert.Equal(DocumentStage.Protocol, meeting.Stage);
        Assert.False(MeetingValidator.Validate(meeting).HasErrors);
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingGenerator.Generate(-1));
    }

    [Fact]
    public void A_generated_meeting_does_not_drift()
    {
        // Users snapshot generated meetings: what a size and seed give is part of the package's contract.
        var meeting = MeetingGenerator.Generate(2, seed: 9);
        var facts = string.Join("\n", [$"{meeting.Date:yyyy-MM-dd} {meeting.Members[0].Name}", .. meeting.Items.Select(i => $"{i.Number} {i.Access} {i.CaseNumber} {i.Title}")]);

        Assert.Equal("2025-11-01 Hans Andersen\n182 Open 25/8043 Plan plan Grenaa Ørsted\n183 Open 25/10823 Evaluering udvalget drift", facts);
    }

    [GeneratedRegex(@"\]\((?!https://)[^)]*\)")]
    private static partial Regex LinkNotHttps();

    [GeneratedRegex(@"`(docs|samples|tests|\.ci|shared)/|\.\./")]
    private static partial Regex RepositoryFolder();

    [GeneratedRegex(@"```csharp\n.*?```\n", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
