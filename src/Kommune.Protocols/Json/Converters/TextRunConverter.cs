using System.Text.Json;
using System.Text.Json.Serialization;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// Text runs are most of a meeting's JSON. Writing them by hand avoids the boxing that the
/// generated contract's "leave out false flags" predicate costs per flag, and reading them by
/// hand keeps the same strictness: unknown, duplicate or mistyped properties and a missing
/// <c>text</c> are refused.
/// </summary>
internal sealed class TextRunConverter(bool allowUnknown) : JsonConverter<TextRun>, IDescribedConverter
{
    public string Expected => "a text run such as {\"text\": \"Godkendt.\", \"bold\": true}";

    public override TextRun Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new MeetingReadError($"expected a text run object but found {JsonWords.Token(reader.TokenType)}.");
        }

        string? text = null;
        bool? bold = null;
        bool? italic = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = text is null ? ReadString(ref reader) : throw Duplicate("text");
            }
            else if (reader.ValueTextEquals("bold"u8))
            {
                reader.Read();
                bold = bold is null ? ReadBool(ref reader, "bold") : throw Duplicate("bold");
            }
            else if (reader.ValueTextEquals("italic"u8))
            {
                reader.Read();
                italic = italic is null ? ReadBool(ref reader, "italic") : throw Duplicate("italic");
            }
            else if (allowUnknown)
            {
                reader.Read();
                reader.Skip();
            }
            else
            {
                throw new MeetingReadError($"unknown property '{JsonWords.Shorten(reader.GetString()!)}' in a text run; a run has only \"text\", \"bold\" and \"italic\".");
            }
        }

        return new TextRun
        {
            Text = text ?? throw new MeetingReadError("a text run is missing its required property 'text'."),
            Bold = bold ?? false,
            Italic = italic ?? false,
        };
    }

    public override void Write(Utf8JsonWriter writer, TextRun value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("text"u8, value.Text);
        if (value.Bold)
        {
            writer.WriteBoolean("bold"u8, true);
        }

        if (value.Italic)
        {
            writer.WriteBoolean("italic"u8, true);
        }

        writer.WriteEndObject();
    }

    private static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new MeetingReadError($"'text' must be a string but is {JsonWords.Token(reader.TokenType)}.");

    private static bool ReadBool(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new MeetingReadError($"'{name}' must be true or false but is {JsonWords.Token(reader.TokenType)}."),
    };

    private static MeetingReadError Duplicate(string name) => new($"the property '{name}' appears twice in a text run.");
}
