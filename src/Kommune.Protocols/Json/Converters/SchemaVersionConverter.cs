using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// Checks <c>schemaVersion</c> as soon as it is read (it is written first), so a file from a
/// newer version is refused with that reason rather than with its first unknown property.
/// </summary>
internal sealed class SchemaVersionConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
        {
            throw new JsonException($"schemaVersion must be the whole number {MeetingJsonOptions.SchemaVersion}.");
        }

        if (version > MeetingJsonOptions.SchemaVersion)
        {
            throw new JsonException($"schemaVersion {version} was written by a newer version of Kommune.Protocols; this version reads schemaVersion {MeetingJsonOptions.SchemaVersion}.");
        }

        return version == MeetingJsonOptions.SchemaVersion
            ? version
            : throw new JsonException($"schemaVersion {version} is not valid; expected {MeetingJsonOptions.SchemaVersion}.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
