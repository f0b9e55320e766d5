using Kommune.Protocols.Json;
using static Kommune.Protocols.Tests.Json.JsonDoc;

namespace Kommune.Protocols.Tests.Json;

/// <summary>
/// Every kind of refusal speaks of the user's JSON (path, line, what was expected) in plain
/// English: no internal type names and none of System.Text.Json's own wording.
/// </summary>
public class JsonMessageTests
{
    public static TheoryData<string, string> BadInputs() => new()
    {
        { "empty", string.Empty },
        { "whitespace", " \n " },
        { "null", "null" },
        { "array", "[]" },
        { "string", "\"meeting\"" },
        { "number", "42" },
        { "open object", "{" },
        { "open after a property", "{\"schemaVersion\": 1," },
        { "two documents", Meeting() + " {}" },
        { "trailing comma", "{\"schemaVersion\": 1,}" },
        { "comment", "{\"schemaVersion\": 1 /* x */}" },
        { "bad literal", "{\"schemaVersion\": tru}" },
        { "bad value start", "{\"schemaVersion\": x}" },
        { "missing colon", "{\"schemaVersion\" 1}" },
        { "single quotes", "{'schemaVersion': 1}" },
        { "raw control character", Meeting(extra: "\"location\": \"a\u0001b\"") },
        { "raw line break in a string", Meeting(extra: "\"location\": \"a\nb\"") },
        { "bad escape", Meeting(extra: "\"location\": \"a\\qb\"") },
        { "huge number", "{\"schemaVersion\": 1e400}" },
        { "long number", "{\"schemaVersion\": 99999999999999999999}" },
        { "leading zero", "{\"schemaVersion\": 01}" },
        { "old schema", Meeting().Replace("\"schemaVersion\": 1", "\"schemaVersion\": 0", StringComparison.Ordinal) },
        { "schema as text", Meeting().Replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", StringComparison.Ordinal) },
        { "no schema", "{\"municipality\": \"M\", \"body\": {\"name\": \"B\"}, \"date\": \"2025-03-05\"}" },
        { "unknown root property", Meeting(extra: "\"colour\": 1") },
        { "unknown nested property", Meeting(Item("\"colour\": 1")) },
        { "unknown run property", WithBlocks("{\"type\": \"paragraph\", \"runs\": [{\"text\": \"a\", \"underline\": true}]}") },
        { "duplicate root property", Meeting(extra: "\"municipality\": \"Syddjurs Kommune\"") },
        { "duplicate nested property", Meeting(Item("\"title\": \"igen\"")) },
        { "duplicate run property", WithBlocks("{\"type\": \"paragraph\", \"runs\": [{\"text\": \"a\", \"text\": \"b\"}]}") },
        { "missing required", Meeting(Item().Replace("\"title\": \"Punkt\", ", string.Empty, StringComparison.Ordinal).Replace(", \"title\": \"Punkt\"", string.Empty, StringComparison.Ordinal)) },
        { "missing run text", WithBlocks("{\"type\": \"paragraph\", \"runs\": [{\"bold\": true}]}") },
        { "null required", Meeting().Replace("\"Norddjurs Kommune\"", "null", StringComparison.Ordinal) },
        { "null list", Meeting(extra: "\"members\": null") },
        { "null list element", Meeting(extra: "\"signatories\": [null]") },
        { "null object", Meeting().Replace("{\"name\": \"Direktionen\"}", "null", StringComparison.Ordinal) },
        { "string for object", Meeting().Replace("{\"name\": \"Direktionen\"}", "\"Direktionen\"", StringComparison.Ordinal) },
        { "array for object", Meeting().Replace("{\"name\": \"Direktionen\"}", "[]", StringComparison.Ordinal) },
        { "object for list", Meeting(extra: "\"members\": {}") },
        { "number for string", Meeting().Replace("\"Norddjurs Kommune\"", "4", StringComparison.Ordinal) },
        { "object for string", Meeting().Replace("\"Norddjurs Kommune\"", "{}", StringComparison.Ordinal) },
        { "string for flag", Meeting(Item("\"supplementary\": \"yes\"")) },
        { "number for flag", Meeting(Item("\"supplementary\": 1")) },
        { "string for run flag", WithBlocks("{\"type\": \"paragraph\", \"runs\": [{\"text\": \"a\", \"bold\": \"yes\"}]}") },
        { "number for run", WithBlocks("{\"type\": \"paragraph\", \"runs\": [1]}") },
        { "bad enum", Meeting(Item("\"access\": \"hemmelig\"")) },
        { "numeric enum", Meeting(Item("\"access\": 1")) },
        { "bad date", Meeting().Replace("2025-03-05", "05-03-2025", StringComparison.Ordinal) },
        { "number for date", Meeting().Replace("\"2025-03-05\"", "20250305", StringComparison.Ordinal) },
        { "bad time", Meeting(extra: "\"start\": \"9.00\"") },
        { "bad instant", Meeting(extra: "\"signatories\": [{\"name\": \"x\", \"approval\": {\"at\": \"i går\"}}]") },
        { "bad duration", Meeting(Item("\"plannedDuration\": \"15 min\"")) },
        { "huge duration", Meeting(Item("\"plannedDuration\": \"PT100000000H\"")) },
        { "bad item number", Meeting(Item(number: "fire")) },
        { "empty case number", Meeting(Item("\"caseNumber\": \"\"")) },
        { "huge attachment number", Meeting(Item("\"attachments\": [{\"number\": 2147483648, \"title\": \"b\"}]")) },
        { "no block type", WithBlocks("{\"runs\": []}") },
        { "unknown block type", WithBlocks("{\"type\": \"video\"}") },
        { "number block type", WithBlocks("{\"type\": 1}") },
        { "metadata property", WithBlocks("{\"$id\": \"1\", \"type\": \"paragraph\"}") },
        { "metadata property after type", WithBlocks("{\"type\": \"paragraph\", \"$ref\": \"1\"}") },
        { "unknown metadata property at root", Meeting(extra: "\"$type\": \"x\"") },
        { "block for list entry (its type is unknown there)", WithBlocks("{\"type\": \"bulletList\", \"items\": [{\"type\": \"paragraph\"}]}") },
        { "surrogate escape", Meeting(extra: "\"location\": \"\\udc00\"") },
        { "surrogate escape in a name", Meeting(extra: "\"\\ud800\": 1") },
        { "deep nesting", Meeting(extra: "\"members\": " + new string('[', 100) + new string(']', 100)) },
        { "newer schema", Meeting().Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Every_refusal_speaks_of_the_users_json(string kind, string json)
    {
        var error = Refused(json);

        SaysWhere(error);
        SpeaksPlainly(error);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason), kind);
        Assert.DoesNotContain("could not be read", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Every_refusal_speaks_plainly_when_unknown_properties_are_allowed(string kind, string json)
    {
        try
        {
            MeetingJson.Deserialize(json, new MeetingJsonReadOptions { AllowUnknownProperties = true });
            Assert.Contains("unknown", kind, StringComparison.Ordinal);
        }
        catch (MeetingJsonException error)
        {
            SaysWhere(error);
            SpeaksPlainly(error);
        }
    }

    [Fact]
    public void Syntax_errors_say_what_was_found()
    {
        Assert.Contains("'x'", Refused("{\"schemaVersion\": x}").Reason, StringComparison.Ordinal);
        Assert.Contains("ends", Refused("{\"schemaVersion\": 1,").Reason, StringComparison.Ordinal);
        Assert.Contains("after the end", Refused(Meeting() + " {}").Reason, StringComparison.Ordinal);
        Assert.Contains("comma", Refused("{\"schemaVersion\": 1,}").Reason, StringComparison.Ordinal);
        Assert.Contains("U+0001", Refused(Meeting(extra: "\"location\": \"a\u0001b\"")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_mismatches_say_what_was_expected_and_found()
    {
        var error = Refused(Meeting().Replace("\"Norddjurs Kommune\"", "4", StringComparison.Ordinal));

        Assert.Equal("$.municipality", error.Path);
        Assert.Equal("expected a string but found a number.", error.Reason);
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var error = Refused("{\"schemaVersion\": 1, \"body\": {\"name\": \"B\"}, \"date\": \"2025-03-05\"}");

        Assert.Equal("$", error.Path);
        Assert.Contains("'municipality'", error.Reason, StringComparison.Ordinal);
    }
}
