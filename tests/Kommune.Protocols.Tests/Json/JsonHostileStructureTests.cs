using System.Text;
using Kommune.Protocols.Json;
using Kommune.Protocols.Testing;
using static Kommune.Protocols.Tests.Json.JsonDoc;

namespace Kommune.Protocols.Tests.Json;

/// <summary>Encoding, structure and versioning problems: refused with a path or a line, in plain words.</summary>
public class JsonHostileStructureTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly MeetingJsonReadOptions Lenient = new() { AllowUnknownProperties = true };

    [Fact]
    public async Task A_byte_order_mark_is_accepted_on_every_path()
    {
        var seed = SeedMeeting.Build();
        var withBom = Bom.Concat(MeetingJson.SerializeToUtf8Bytes(seed)).ToArray();

        Assert.Equal(seed, MeetingJson.Deserialize(withBom));
        Assert.Equal(seed, MeetingJson.Deserialize(new MemoryStream(withBom)));
        Assert.Equal(seed, await MeetingJson.DeserializeAsync(new MemoryStream(withBom)));
        Assert.Equal(seed, MeetingJson.Deserialize("\uFEFF" + MeetingJson.Serialize(seed)));
    }

    [Fact]
    public void A_byte_order_mark_anywhere_but_the_start_is_refused()
    {
        var error = Refused(Utf8(" \uFEFF" + Meeting()));

        Assert.Equal(1, error.LineNumber);
        SpeaksPlainly(error);
    }

    [Theory]
    [InlineData("{\"runs\": [{\"text\": \"x\"}]}")]
    [InlineData("{}")]
    [InlineData("{\"runs\": [], \"type\": \"paragraph\"}")]
    public void A_block_without_type_first_is_refused_with_path_and_line(string block)
    {
        var error = Refused(WithBlocks("{\"type\": \"paragraph\"}, " + block));

        Assert.Equal("$.items[0].sections[0].content[1]", error.Path);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("\"type\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("paragraph", error.Message, StringComparison.Ordinal);
        SpeaksPlainly(error);
    }

    [Theory]
    [InlineData("{\"type\": \"video\"}")]
    [InlineData("{\"type\": 3}")]
    [InlineData("{\"type\": null}")]
    [InlineData("{\"type\": \"Paragraph\"}")]
    public void An_unknown_block_type_lists_the_known_ones(string block)
    {
        var error = Refused(WithBlocks(block));

        Assert.Equal("$.items[0].sections[0].content[0]", error.Path);
        Assert.Contains("bulletList", error.Message, StringComparison.Ordinal);
        SpeaksPlainly(error);
    }

    [Theory]
    [InlineData("\"future\": 1, \"schemaVersion\": 3")]
    [InlineData("\"items\": [{\"number\": \"x\"}], \"schemaVersion\": 7")]
    [InlineData("\"body\": {\"name\": \"b\", \"colour\": 1}, \"schemaVersion\": 3")]
    public void A_newer_schema_version_is_reported_wherever_it_stands(string rest)
    {
        var json = "{\"municipality\": \"M\", \"date\": \"2025-03-05\",\n" + rest + "}";

        var error = Refused(json);

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_schema_version_after_a_syntax_error_is_not_guessed_at()
    {
        var error = Refused("{\"municipality\": x, \"schemaVersion\": 3}");

        Assert.DoesNotContain("newer version", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Invalid_utf8_is_refused_when_unknown_properties_are_allowed()
    {
        var bytes = Utf8(Meeting(Item("\"colour\": \"rXd\"")));
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        var lenient = Refused(bytes, Lenient);
        var strict = Refused(bytes);

        Assert.Equal("$.items[0].colour", lenient.Path);
        Assert.Contains("UTF-8", lenient.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", strict.Message, StringComparison.Ordinal);
        Assert.NotNull(strict.LineNumber);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Invalid_utf8_in_skipped_values_and_names_is_refused(byte[] invalid)
    {
        foreach (var template in new[] { "\"colour\": \"@\"", "\"colour\": [\"a\", {\"b\": \"@\"}]", "\"co@lour\": 1" })
        {
            var text = Utf8(Meeting(Item(template)));
            var at = Array.IndexOf(text, (byte)'@');
            var bytes = text[..at].Concat(invalid).Concat(text[(at + 1)..]).ToArray();

            var error = Refused(bytes, Lenient);

            Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
            Assert.StartsWith("$.items[0]", error.Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_refused_with_its_path()
    {
        var error = Refused(Meeting(Item("\"caseRoute\": \"a\\ud800b\"")));

        Assert.Equal("$.items[0].caseRoute", error.Path);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        SpeaksPlainly(error);
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_string_input_names_its_line()
    {
        var error = Refused("{\n\"municipality\": \"a\ud800\"}");

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_says_it_is_empty()
    {
        foreach (var empty in new[] { string.Empty, "   ", "\n\n", "\uFEFF" })
        {
            var error = Refused(empty);

            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
            Assert.NotNull(error.LineNumber);
            SpeaksPlainly(error);
        }
    }

    [Fact]
    public void An_unknown_property_is_named_in_plain_words()
    {
        var error = Refused(Meeting(extra: "\"colour\": \"red\""));

        Assert.Equal("$.colour", error.Path);
        Assert.Contains("unknown property 'colour'", error.Message, StringComparison.Ordinal);
        SpeaksPlainly(error);
    }
}
