using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// Checks <c>schemaVersion</c> as soon as it is read (it is written first). A newer version is
/// also looked for wherever it stands when reading fails (<see cref="SchemaVersionScan"/>), so a
/// file from a newer version is refused with that reason rather than with its first novelty.
/// </summary>
internal sealed class SchemaVersionConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Check(ref reader);

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>The version at the reader, or a <see cref="MeetingReadError"/> saying what is wrong with it.</summary>
    public static int Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
        {
            throw new MeetingReadError($"schemaVersion must be a whole number from {MeetingJsonOptions.OldestSchemaVersion} to {MeetingJsonOptions.SchemaVersion}.");
        }

        // Every version since the first only added members, so an older file reads as it is.
        return version > MeetingJsonOptions.SchemaVersion
            ? throw new MeetingReadError(Newer(version))
            : version >= MeetingJsonOptions.OldestSchemaVersion
                ? version
                : throw new MeetingReadError($"schemaVersion {version} is not valid; expected {MeetingJsonOptions.OldestSchemaVersion} to {MeetingJsonOptions.SchemaVersion}.");
    }

    public static string Newer(int version) =>
        $"schemaVersion {version} was written by a newer version of Kommune.Protocols; this version reads schemaVersion {MeetingJsonOptions.SchemaVersion}.";
}
