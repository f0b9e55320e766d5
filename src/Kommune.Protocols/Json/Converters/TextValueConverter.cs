using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// Base for values written as the text people type (<c>"24/5333"</c>, <c>"09:00"</c>):
/// reads a JSON string and turns parse failures into a <see cref="MeetingReadError"/> that says
/// what was expected, so the reader can report the path and line.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class TextValueConverter<T> : JsonConverter<T>, IDescribedConverter
    where T : notnull
{
    /// <summary>What a valid value looks like, for error messages.</summary>
    protected abstract string Expected { get; }

    string IDescribedConverter.Expected => Expected;

    public override bool HandleNull => false;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new MeetingReadError($"expected a string ({Expected}) but found {JsonWords.Token(reader.TokenType)}.");
        }

        var text = reader.GetString()!;
        bool parsed;
        T value;
        try
        {
            parsed = TryParse(text, out value);
        }
        catch (Exception error) when (error is OverflowException or ArgumentException or FormatException)
        {
            // A parser that throws on extreme text (it has happened) still gives the user's value and what was expected.
            (parsed, value) = (false, default!);
        }

        return parsed ? value : throw new MeetingReadError($"'{JsonWords.Shorten(text)}' is not valid: expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    protected abstract bool TryParse(string text, out T value);

    protected abstract string Format(T value);
}
