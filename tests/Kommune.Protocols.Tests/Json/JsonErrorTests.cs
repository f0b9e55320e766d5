using System.Text;
using Kommune.Protocols.Json;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Json;

/// <summary>Every kind of bad input gives a <see cref="MeetingJsonException"/> that says where and what.</summary>
public class JsonErrorTests
{
    private static readonly string Seed = MeetingJson.Serialize(SeedMeeting.Build());

    private static MeetingJsonException Fails(string json, MeetingJsonReadOptions? options = null) =>
        Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(json, options));

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Seed, StringComparison.Ordinal);
        return Seed.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_names_its_path_and_line()
    {
        var error = Fails(Replace("\"caseRoute\": \"DIR\",", "\"caseRoute\": \"DIR\",\n      \"colour\": \"red\","));

        Assert.Equal("$.items[0].colour", error.Path);
        Assert.Equal(20, error.LineNumber);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_can_be_allowed()
    {
        var json = Replace("\"caseRoute\": \"DIR\",", "\"caseRoute\": \"DIR\",\n      \"colour\": \"red\",");

        var meeting = MeetingJson.Deserialize(json, new MeetingJsonReadOptions { AllowUnknownProperties = true });

        Assert.Equal(SeedMeeting.Build(), meeting);
    }

    [Fact]
    public void Missing_required_value()
    {
        var error = Fails(Replace("\"municipality\": \"Norddjurs Kommune\",", string.Empty));

        Assert.Contains("municipality", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_value_in_a_nested_object()
    {
        var error = Fails(Replace("\"title\": \"Foreløbigt regnskab 2024\",", string.Empty));

        Assert.Contains("title", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.items[3]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_where_the_model_is_not_nullable()
    {
        var error = Fails(Replace("\"municipality\": \"Norddjurs Kommune\"", "\"municipality\": null"));

        Assert.Equal("$.municipality", error.Path);
    }

    [Fact]
    public void Null_list()
    {
        var error = Fails(Replace("\"signatories\": [", "\"signatories\": null, \"x\": ["));

        Assert.Equal("$.signatories", error.Path);
    }

    [Fact]
    public void Wrong_type()
    {
        var error = Fails(Replace("\"title\": \"Foreløbigt regnskab 2024\"", "\"title\": 42"));

        Assert.Equal("$.items[3].title", error.Path);
    }

    [Theory]
    [InlineData("\"date\": \"2025-03-05\"", "\"date\": \"05-03-2025\"", "$.date", "ISO date")]
    [InlineData("\"start\": \"09:00\"", "\"start\": \"9.00\"", "$.start", "ISO time")]
    [InlineData("\"number\": \"4\"", "\"number\": \"fire\"", "$.items[3].number", "item number")]
    [InlineData("\"access\": \"closed\"", "\"access\": \"hemmelig\"", "$.items[3].access", "")]
    [InlineData("\"access\": \"closed\"", "\"access\": 1", "$.items[3].access", "")]
    [InlineData("\"caseNumber\": \"00.32.10.S00 24/5333\"", "\"caseNumber\": \"\"", "$.items[3].caseNumber", "case number")]
    public void Bad_value_text(string from, string to, string path, string expected)
    {
        var error = Fails(Replace(from, to));

        Assert.Equal(path, error.Path);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"bold\": true", "\"bold\": true, \"underline\": true", "underline")]
    [InlineData("\"bold\": true", "\"bold\": true, \"bold\": false", "twice")]
    [InlineData("\"bold\": true", "\"bold\": \"yes\"", "true or false")]
    [InlineData("\"text\": \"Rul marts : ØK d. 11/3 2025, KB d. 18/3 2025\",", "", "'text'")]
    public void Bad_text_run_names_the_run(string from, string to, string expected)
    {
        var error = Fails(Seed.Replace(from, to, StringComparison.Ordinal));

        Assert.StartsWith("$.items[0].sections[0].content[0].runs[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_block_type()
    {
        var error = Fails(Replace("\"type\": \"timePlan\"", "\"type\": \"video\""));

        Assert.StartsWith("$.items[1].sections[0].content[1]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Newer_schema_version_says_so()
    {
        var error = Fails(Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 3,"));

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_schema_version_says_it_is_required()
    {
        var error = Fails(Replace("\"schemaVersion\": 2,", string.Empty));

        Assert.Contains("schemaVersion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_property()
    {
        var error = Fails(Replace("\"municipality\": \"Norddjurs Kommune\",", "\"municipality\": \"Norddjurs Kommune\",\n  \"municipality\": \"Syddjurs Kommune\","));

        Assert.Contains("municipality", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\": 1,")]
    [InlineData("{} {}")]
    [InlineData("{\"schemaVersion\": 1e400}")]
    [InlineData("{\"schemaVersion\": 99999999999999999999}")]
    public void Malformed_documents(string json)
    {
        var error = Fails(json);

        Assert.StartsWith("Invalid meeting JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_document_names_a_line()
    {
        var error = Fails(Seed[..(Seed.Length / 2)]);

        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void Invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed);
        var at = Array.IndexOf(bytes, (byte)'N');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var error = Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(bytes));
        Assert.Equal("$.municipality", error.Path);
    }

    [Fact]
    public void Unpaired_surrogate_in_a_string_input()
    {
        var error = Fails(Replace("Norddjurs Kommune", "Norddjurs \ud800Kommune"));

        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit()
    {
        var deep = Replace("\"type\": \"timePlan\"", "\"type\": \"timePlan\", \"x\": " + new string('[', 200) + new string(']', 200));

        // Unknown properties allowed, so the reader has to walk the nesting to skip it.
        var error = Fails(deep, new MeetingJsonReadOptions { AllowUnknownProperties = true });

        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("colour", Fails(deep.Replace("\"x\"", "\"colour\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_larger_than_the_limit_is_refused_before_parsing()
    {
        var options = new MeetingJsonReadOptions { MaxBytes = 1000 };

        var error = Fails(Seed, options);
        Assert.Contains("1000 bytes", error.Message, StringComparison.Ordinal);

        var fromStream = Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(Seed)), options));
        Assert.Contains("MaxBytes", fromStream.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_string_stream_stops_at_the_limit()
    {
        var stream = new EndlessStream();

        Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(stream, new MeetingJsonReadOptions { MaxBytes = 1 << 20 }));
        Assert.True(stream.Served <= (1 << 20) + (64 * 1024), $"read {stream.Served} bytes");
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            if (Served == 0)
            {
                buffer[offset] = (byte)'"';
            }

            Served += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
