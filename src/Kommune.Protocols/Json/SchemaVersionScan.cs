using System.Text.Json;
using Kommune.Protocols.Json.Converters;

namespace Kommune.Protocols.Json;

/// <summary>
/// Finds a newer <c>schemaVersion</c> among the root's properties wherever it stands: a file from
/// a newer version is refused for that reason, not for the first property this version does
/// not know. Run only when reading has failed; a file that is not well-formed up to the version
/// is not guessed at.
/// </summary>
internal static class SchemaVersionScan
{
    public static MeetingJsonException? FindNewer(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MeetingJsonReadOptions.LargestMaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version > MeetingJsonOptions.SchemaVersion
                        ? At(json, reader.TokenStartIndex, SchemaVersionConverter.Newer(version))
                        : null;
                }

                reader.Skip();
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            // Not well-formed (or an unpaired surrogate escape in a name) before the version: the
            // reader's own error is the one to report.
        }

        return null;
    }

    private static MeetingJsonException At(ReadOnlySpan<byte> json, long offset, string reason)
    {
        var (line, position) = JsonPosition.At(json, offset);
        return new MeetingJsonException(reason, "$.schemaVersion", line, position);
    }
}
