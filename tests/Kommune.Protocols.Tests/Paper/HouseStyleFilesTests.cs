using Kommune.Protocols.Paper;
using Kommune.Protocols.Settings;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Paper;

/// <summary>
/// The shipped house-style files read. A file that left out <c>labels</c> or <c>itemPartOrder</c>
/// was refused ("Value cannot be null"): the settings reader sets every member, null for those
/// the file leaves out, and the example styles in docs/ leave out <c>itemPartOrder</c>.
/// </summary>
public class HouseStyleFilesTests
{
    public static TheoryData<string> StyleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { Path.Combine(RepoPaths.Root(), "docs", "styles"), Path.Combine(RepoPaths.TestProject(), "Corpus", "Styles") })
        {
            foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root(), file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StyleFiles))]
    public void A_shipped_style_file_reads_and_writes_back_the_same_style(string file)
    {
        var style = SettingsJson.ReadHouseStyleFile(Path.Combine(RepoPaths.Root(), file));

        Assert.Equal(SettingsJson.Write(style), SettingsJson.Write(SettingsJson.ReadHouseStyle(SettingsJson.Write(style))));
    }

    [Fact]
    public void A_file_with_one_option_keeps_every_other_default()
    {
        var style = SettingsJson.ReadHouseStyle("""{ "timeStyle": "colon" }""");

        Assert.Equal(TimeStyle.Colon, style.TimeStyle);
        Assert.Empty(style.Labels);
        Assert.Equal(HouseStyle.Default.ItemPartOrder, style.ItemPartOrder);
        Assert.Equal(HouseStyle.Default.PartyAfterName, style.PartyAfterName);
    }
}
