using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// Reads and writes a <see cref="ValueList{T}"/> as a JSON array, with the element contract
/// taken from the source-generated context (no reflection), and refuses null elements.
/// One closed instance per element type is registered in <see cref="MeetingJsonOptions"/>.
/// The fast mode calls the element converter directly; the precise mode, used only to
/// explain a failure, reads each element with a nested serializer call that knows its path.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueListConverter<T>(bool precise) : JsonConverter<ValueList<T>>
{
    private JsonConverter<T>? element;
    private JsonTypeInfo<T>? elementInfo;

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array but found {TextValueConverter<string>.TokenName(reader.TokenType)}.");
        }

        var info = Element(options);

        // Elements gather in a pooled array, so the list costs one exact-size allocation.
        var items = ArrayPool<T>.Shared.Rent(8);
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw NestedPath.Nest(new JsonException("null is not allowed in this list.", "$", null, null), count);
                }

                if (count == items.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    items.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(items, clearArray: true);
                    items = larger;
                }

                try
                {
                    items[count] = precise ? JsonSerializer.Deserialize(ref reader, ElementInfo(options))! : info.Read(ref reader, typeof(T), options)!;
                    count++;
                }
                catch (JsonException error)
                {
                    throw NestedPath.Nest(error, count);
                }
            }

            return count == 0 ? ValueList<T>.Empty : ValueList.Wrap(items.AsSpan(0, count).ToArray());
        }
        finally
        {
            ArrayPool<T>.Shared.Return(items, clearArray: true);
        }
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var info = Element(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            info.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }

    private JsonTypeInfo<T> ElementInfo(JsonSerializerOptions options) =>
        elementInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    // Calling the element's converter directly (rather than a nested JsonSerializer call,
    // which reads each element ahead to find its end) keeps reading to one pass.
    private JsonConverter<T> Element(JsonSerializerOptions options) =>
        element ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
}
