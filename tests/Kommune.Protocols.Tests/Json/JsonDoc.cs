using System.Text;
using Kommune.Protocols.Json;

namespace Kommune.Protocols.Tests.Json;

/// <summary>Small hand-written meeting documents, so a test shows exactly the JSON it feeds the reader.</summary>
internal static class JsonDoc
{
    /// <summary>A valid meeting with the given items (JSON array content) and extra root properties.</summary>
    public static string Meeting(string items = "", string extra = "") =>
        "{\"schemaVersion\": 1, \"municipality\": \"Norddjurs Kommune\", \"body\": {\"name\": \"Direktionen\"}, \"date\": \"2025-03-05\""
        + (extra.Length > 0 ? ", " + extra : string.Empty)
        + (items.Length > 0 ? ", \"items\": [" + items + "]" : string.Empty)
        + "}";

    /// <summary>A valid item with the given extra properties.</summary>
    public static string Item(string extra = "", string number = "1") =>
        "{\"number\": \"" + number + "\", \"title\": \"Punkt\"" + (extra.Length > 0 ? ", " + extra : string.Empty) + "}";

    /// <summary>A meeting whose first item has one untitled section holding the given blocks.</summary>
    public static string WithBlocks(string blocks) =>
        Meeting(Item("\"sections\": [{\"kind\": \"untitled\", \"content\": [" + blocks + "]}]"));

    public static MeetingJsonException Refused(string json, MeetingJsonReadOptions? options = null) =>
        Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(json, options));

    public static MeetingJsonException Refused(byte[] utf8, MeetingJsonReadOptions? options = null) =>
        Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(utf8, options));

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>A refusal must say where: a path or a line.</summary>
    public static void SaysWhere(MeetingJsonException error) =>
        Assert.True(error.Path is not null || error.LineNumber is not null, $"no path or line: {error.Message}");

    /// <summary>What a message may never contain: internal type names and System.Text.Json's own wording.</summary>
    public static readonly string[] Jargon =
    [
        "Kommune.Protocols.Json.", "Kommune.Protocols.Model.", "System.", "isFinalBlock", "JsonTokenType", ".NET", "Path:", "LineNumber:",
        "BytePositionInLine", "could not be mapped", "could not be converted", "type discriminator", "deserializ", "payload", "Consider ",
        "constructor", "reader options", "JSON token", "`1",
    ];

    public static void SpeaksPlainly(MeetingJsonException error)
    {
        foreach (var word in Jargon)
        {
            Assert.False(error.Message.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in: {error.Message}");
        }

        Assert.StartsWith("Invalid meeting JSON", error.Message, StringComparison.Ordinal);
    }
}
