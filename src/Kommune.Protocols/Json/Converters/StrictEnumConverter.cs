using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommune.Protocols.Json.Converters;

/// <summary>What the limit check asks of an enum converter: is this value one the format can write?</summary>
internal interface IEnumNames : IDescribedConverter
{
    bool IsDefined(object value);
}

/// <summary>
/// Enum values as exactly their documented camelCase names (<c>"closed"</c>). Unlike
/// <see cref="JsonStringEnumConverter{TEnum}"/>, which also reads other cases, padding,
/// comma-joined flags and numbers in strings (values it then cannot write), this reads only the
/// names it writes. Generic over the enum, so it needs no reflection at run time (AOT-safe).
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>, IEnumNames
    where T : struct, Enum
{
    private readonly (T Value, string Name, byte[] Utf8)[] names = Enum.GetValues<T>()
        .Select(v => (v, JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))))
        .ToArray();

    public string Expected => JsonWords.OneOf(names.Select(n => n.Name));

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (value, _, utf8) in names)
            {
                if (reader.ValueTextEquals(utf8))
                {
                    return value;
                }
            }

            throw new MeetingReadError($"'{JsonWords.Shorten(reader.GetString()!)}' is not valid: expected one of {Expected}.");
        }

        throw new MeetingReadError($"expected one of {Expected} but found {JsonWords.Token(reader.TokenType)}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        foreach (var (known, _, utf8) in names)
        {
            if (EqualityComparer<T>.Default.Equals(known, value))
            {
                writer.WriteStringValue(utf8);
                return;
            }
        }

        // MeetingLimits.Check refuses such a meeting before the writer starts.
        throw new MeetingReadError($"{value} is not one of {Expected}.");
    }

    public bool IsDefined(object value)
    {
        foreach (var known in names)
        {
            if (value is T typed && EqualityComparer<T>.Default.Equals(known.Value, typed))
            {
                return true;
            }
        }

        return false;
    }
}
