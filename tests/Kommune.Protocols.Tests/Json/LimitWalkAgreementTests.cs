using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Json;

/// <summary>
/// The limit check walks the JSON contract (with a plan made once per type); the text walker is
/// written by hand over the model. Two independent walks: a lone surrogate put into any one text
/// field must be found by the limit check at exactly the path the text walker names.
/// </summary>
public class LimitWalkAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_bad_character_in_any_text_field_is_found_at_the_path_the_text_walker_names(int seed)
    {
        var meeting = MeetingGenerator.Generate(6, seed);
        var paths = new List<string>();
        MeetingWalker.Visit(meeting, (path, _) => paths.Add(path.ToString()));
        Assert.True(paths.Count > 100, $"only {paths.Count} text fields");

        var checkedFields = 0;
        for (var target = 0; target < paths.Count; target++)
        {
            var index = 0;
            var at = target;
            Meeting broken;
            try
            {
                broken = MeetingWalker.Rewrite(meeting, (_, text) => index++ == at ? text + "\ud800" : text);
            }
            catch (ArgumentException)
            {
                // A case or document number refuses the character itself; nothing to check there.
                continue;
            }

            var violation = MeetingLimits.Check(broken);
            Assert.NotNull(violation);
            Assert.Equal(MeetingLimitKind.UnpairedSurrogate, violation.Kind);
            Assert.Equal(paths[target], violation.Path);
            checkedFields++;
        }

        Assert.True(checkedFields > paths.Count * 9 / 10, $"{checkedFields} of {paths.Count} fields checked");
    }
}
