using System.Text;
using Kommune.Protocols.Json;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using NJsonSchema;

namespace Kommune.Protocols.Tests.Json;

public class JsonSchemaTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Root(), "docs", "schema", "meeting.v2.schema.json");

    [Fact]
    public void Committed_schema_is_current()
    {
        var generated = MeetingJsonSchema.Generate();
        if (Environment.GetEnvironmentVariable("KOMMUNE_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
            File.WriteAllText(SchemaPath, generated, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(SchemaPath), $"{SchemaPath} is missing; run the tests with KOMMUNE_ACCEPT_SNAPSHOTS=1 to write it.");
        Assert.True(
            File.ReadAllText(SchemaPath) == generated,
            "docs/schema/meeting.v2.schema.json is stale: the JSON contract changed. Run the tests with KOMMUNE_ACCEPT_SNAPSHOTS=1 to regenerate it, and review the diff.");
    }

    [Fact]
    public async Task Seed_and_generated_meetings_validate_against_the_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(MeetingJsonSchema.Generate());

        Assert.Empty(schema.Validate(MeetingJson.Serialize(SeedMeeting.Build())));
        Assert.Empty(schema.Validate(MeetingJson.Serialize(MeetingGenerator.Generate(25, 3))));
        Assert.Empty(schema.Validate(File.ReadAllText(Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json"))));
    }

    [Theory]
    [InlineData("\"date\": \"2025-03-05\"", "\"date\": 5")]
    [InlineData("\"number\": \"4\"", "\"number\": \"fire\"")]
    [InlineData("\"access\": \"closed\"", "\"access\": \"hemmelig\"")]
    [InlineData("\"title\": \"Foreløbigt regnskab 2024\",", "\"title\": \"Foreløbigt regnskab 2024\", \"colour\": 1,")]
    [InlineData("\"type\": \"timePlan\"", "\"type\": \"video\"")]
    [InlineData("\"start\": \"09:00\"", "\"start\": \"9.00\"")]
    public async Task Schema_rejects_what_the_reader_rejects(string from, string to)
    {
        var schema = await JsonSchema.FromJsonAsync(MeetingJsonSchema.Generate());
        var broken = MeetingJson.Serialize(SeedMeeting.Build()).Replace(from, to, StringComparison.Ordinal);

        Assert.NotEmpty(schema.Validate(broken));
        Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(broken));
    }
}
