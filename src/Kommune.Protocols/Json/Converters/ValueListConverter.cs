using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// Reads and writes a <see cref="ValueList{T}"/> as a JSON array, with the element contract
/// taken from the source-generated context (no reflection), and refuses null elements.
/// One closed instance per element type is registered in <see cref="MeetingJsonContext"/>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
{
    private JsonTypeInfo<T>? element;

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array but found {TextValueConverter<string>.TokenName(reader.TokenType)}.");
        }

        var info = Element(options);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw NestedPath.Nest(new JsonException("null is not allowed in this list.", "$", null, null), items.Count);
            }

            try
            {
                items.Add(JsonSerializer.Deserialize(ref reader, info)!);
            }
            catch (JsonException error)
            {
                throw NestedPath.Nest(error, items.Count);
            }
        }

        return ValueList.Wrap(items.ToArray());
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var info = Element(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }

    private JsonTypeInfo<T> Element(JsonSerializerOptions options) =>
        element ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
