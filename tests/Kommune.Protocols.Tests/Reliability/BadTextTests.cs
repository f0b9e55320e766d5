using System.Text;
using System.Text.Json;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// A control character (or an unpaired surrogate) in any text field: the JSON keeps it or
/// refuses it with a path; validation reports KP207 naming the field; the DOCX writer refuses
/// with <see cref="Kommune.Protocols.Paper.PaperTextException"/> naming the same field, before it writes a single byte.
/// Never a half-written package, never a silently dropped character.
/// </summary>
public class BadTextTests
{
    [Fact]
    public void A_control_character_in_any_string_of_the_seed_is_kept_reported_and_refused_by_the_docx_writer()
    {
        var json = MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build());
        var strings = StringValueStarts(json);
        Assert.True(strings.Count > 200, $"only {strings.Count} string values found in the seed JSON");
        var (refusedByJson, refusedByDocx) = (0, 0);

        foreach (var at in strings)
        {
            var input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json, 0, at) + "\\u0001" + Encoding.UTF8.GetString(json, at, json.Length - at));
            Meeting meeting;
            try
            {
                meeting = MeetingJson.Deserialize(input);
            }
            catch (MeetingJsonException error)
            {
                // Values with a grammar (dates, times, enums) refuse the character and say where.
                Assert.NotNull(error.Path);
                refusedByJson++;
                continue;
            }

            Assert.Contains("\\u0001", MeetingJson.Serialize(meeting), StringComparison.Ordinal);
            var issue = Assert.Single(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP207");
            Assert.Equal(Severity.Error, issue.Severity);

            using var output = new MemoryStream();
            var refused = Assert.Throws<Kommune.Protocols.Paper.PaperTextException>(() => DocxWriter.Write(meeting, output));
            Assert.Equal(issue.Path, refused.FieldPath);
            Assert.Equal('\u0001', refused.Character);
            Assert.Contains(refused.FieldPath, refused.Message, StringComparison.Ordinal);
            Assert.Equal(0, output.Length);
            refusedByDocx++;
        }

        Assert.True(refusedByDocx >= 120, $"only {refusedByDocx} free-text fields reached the DOCX check ({refusedByJson} refused by JSON)");
    }

    [Theory]
    [InlineData("a{0}b", 0xD800)]
    [InlineData("tail{0}", 0xDC00)]
    [InlineData("{0}{0}", 0xDBFF)]
    [InlineData("x{0}y", 0x1F)]
    [InlineData("{0}", 0xFFFE)]
    public void Text_xml_cannot_carry_built_in_code_is_refused_with_its_field(string template, int code)
    {
        // Built here: xUnit would replace a lone surrogate in theory data with U+FFFD.
        var bad = (char)code;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, bad);
        var seed = SeedMeeting.Build();
        var items = seed.Items.ToList();
        items[2] = items[2] with { Title = text };
        var meeting = seed with { Items = [.. items] };

        var issue = Assert.Single(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP207");
        Assert.Equal("items[2].title", issue.Path);
        using var output = new MemoryStream();
        var refused = Assert.Throws<Kommune.Protocols.Paper.PaperTextException>(() => DocxWriter.Write(meeting, output));
        Assert.Equal("items[2].title", refused.FieldPath);
        Assert.Equal(bad, refused.Character);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Emoji_and_other_valid_surrogate_pairs_are_written()
    {
        var seed = SeedMeeting.Build();
        var meeting = seed with { Location = "Mødelokale 🏛️ \U0001F600 עברית ﻿é" };

        Assert.DoesNotContain(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP207");
        var text = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Internal }));
        Assert.Contains("Mødelokale 🏛️ \U0001F600 עברית", text, StringComparison.Ordinal);
    }

    /// <summary>The byte offset just after the opening quote of every string value (not property names).</summary>
    private static List<int> StringValueStarts(byte[] json)
    {
        var starts = new List<int>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                starts.Add((int)reader.TokenStartIndex + 1);
            }
        }

        return starts;
    }
}
