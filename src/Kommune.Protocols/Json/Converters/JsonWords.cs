using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kommune.Protocols.Json.Converters;

/// <summary>How messages name what they found in the user's JSON.</summary>
internal static class JsonWords
{
    public static string Token(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list (JSON array)",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of a list",
        _ => "nothing",
    };

    /// <summary>The value as it stands in the JSON, shortened: numbers and text are echoed, not interpreted.</summary>
    public static string Echo(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw.Length > 240 ? raw[..240] : raw);
        return Shorten(text);
    }

    public static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "...");

    /// <summary>A list of names as people read it: "a", "b" or "c".</summary>
    public static string OneOf(IEnumerable<string> names)
    {
        var quoted = names.Select(n => "\"" + n + "\"").ToArray();
        return quoted.Length switch
        {
            0 => "nothing",
            1 => quoted[0],
            _ => string.Join(", ", quoted[..^1]) + " or " + quoted[^1],
        };
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
