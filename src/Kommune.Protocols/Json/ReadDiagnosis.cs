using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Kommune.Protocols.Json.Converters;

namespace Kommune.Protocols.Json;

/// <summary>
/// Finds the first problem in JSON the serializer refused, and says it in the user's terms.
/// System.Text.Json's own messages name internal types and its own jargon; this walks the same
/// contract (property names, types, required and nullable members, block types) over the same
/// bytes, in document order, and reports what it finds with the path and line. It runs only
/// after a read has failed, so it costs nothing on the way to a good meeting. It walks with an
/// explicit stack, so it never recurses however deep the input.
/// </summary>
internal ref struct ReadDiagnosis
{
    private readonly ReadOnlySpan<byte> json;
    private readonly MeetingJsonReadOptions read;
    private readonly JsonSerializerOptions options;
    private readonly List<Frame> frames = [];
    private Utf8JsonReader reader;
    private bool rootDone;

    private ReadDiagnosis(ReadOnlySpan<byte> json, MeetingJsonReadOptions read, JsonSerializerOptions options)
    {
        this.json = json;
        this.read = read;
        this.options = options;

        // One level more than allowed, so this walk (not the reader) meets the limit and says so.
        reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = read.MaxDepth + 1 });
    }

    /// <summary>The first problem, or null when the walk finds none (then the caller falls back).</summary>
    public static MeetingJsonException? Find(ReadOnlySpan<byte> json, MeetingJsonReadOptions read, JsonSerializerOptions options)
    {
        var diagnosis = new ReadDiagnosis(json, read, options);
        try
        {
            diagnosis.Walk();
            return null;
        }
        catch (MeetingJsonException found)
        {
            return found;
        }
    }

    private void Walk()
    {
        Next(ref reader);
        Value(options.GetTypeInfo(typeof(MeetingDocument)), "$", nullable: false, schemaVersion: false);
        while (frames.Count > 0)
        {
            Next(ref reader);
            var frame = frames[^1];
            if (frame.Element is { } element)
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                }
                else
                {
                    Value(element, $"{frame.Path}[{frame.Index++}]", nullable: false, schemaVersion: false);
                }
            }
            else if (reader.TokenType == JsonTokenType.EndObject)
            {
                Required(frame);
                frames.RemoveAt(frames.Count - 1);
            }
            else
            {
                Property(frame);
            }
        }

        rootDone = true;
        try
        {
            reader.Read();
        }
        catch (JsonException error)
        {
            throw Syntax(JsonPosition.Offset(json, error.LineNumber ?? 0, error.BytePositionInLine ?? 0));
        }
    }

    private void Property(Frame frame)
    {
        var start = reader.TokenStartIndex;
        Utf8(ref reader, frame.Path);
        var name = Text(frame.Path);
        var path = Child(frame.Path, name);
        var property = Find(frame.Type, name);
        if (property is null)
        {
            if (!read.AllowUnknownProperties)
            {
                throw At(path, $"unknown property '{JsonWords.Shorten(name)}'.", start);
            }

            Next(ref reader);
            Skip(ref reader, path);
            return;
        }

        if (!frame.Seen.Add(name))
        {
            throw At(path, $"the property '{name}' appears twice.", start);
        }

        Next(ref reader);
        var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsSetNullable);
        Value(options.GetTypeInfo(property.PropertyType), path, nullable, property.CustomConverter is SchemaVersionConverter);
    }

    private void Value(JsonTypeInfo type, string path, bool nullable, bool schemaVersion)
    {
        var token = reader.TokenType;
        var at = reader.TokenStartIndex;
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= read.MaxDepth)
        {
            throw TooDeep(path);
        }

        Utf8(ref reader, path);
        var plain = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        if (token == JsonTokenType.Null)
        {
            if (nullable)
            {
                return;
            }

            throw At(path, $"expected {Expected(type)} but found null.", at);
        }

        if (schemaVersion)
        {
            Convert(path, at, static (ref Utf8JsonReader r, JsonTypeInfo _) => SchemaVersionConverter.Check(ref r), type);
        }
        else if (plain == typeof(string))
        {
            Expect(token == JsonTokenType.String, type, path, at);
            Text(path);
        }
        else if (plain == typeof(int))
        {
            Expect(token == JsonTokenType.Number, type, path, at);
            if (!reader.TryGetInt32(out _))
            {
                throw At(path, $"expected {Expected(type)} but found {JsonWords.Echo(reader.ValueSpan)}.", at);
            }
        }
        else if (plain == typeof(bool))
        {
            Expect(token is JsonTokenType.True or JsonTokenType.False, type, path, at);
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable)
        {
            Expect(token == JsonTokenType.StartArray, type, path, at);
            frames.Add(new Frame(type, path, at) { Element = options.GetTypeInfo(type.ElementType!) });
        }
        else if (type.Kind == JsonTypeInfoKind.Object)
        {
            Expect(token == JsonTokenType.StartObject, type, path, at);
            frames.Add(new Frame(type.PolymorphismOptions is { } blocks ? Block(blocks, path, at) : type, path, at));
        }
        else
        {
            // A value one of our converters reads: check its bytes first, then let it judge.
            var copy = reader;
            Skip(ref copy, path);
            Convert(path, at, static (ref Utf8JsonReader r, JsonTypeInfo t) => JsonSerializer.Deserialize(ref r, t), type);
        }
    }

    private delegate object? Converter(ref Utf8JsonReader reader, JsonTypeInfo type);

    private void Convert(string path, long at, Converter convert, JsonTypeInfo type)
    {
        try
        {
            convert(ref reader, type);
        }
        catch (MeetingReadError error)
        {
            throw At(path, error.Reason, at);
        }
        catch (InvalidOperationException)
        {
            throw At(path, UnpairedSurrogate, at);
        }
        catch (Exception error) when (error is JsonException or FormatException or ArgumentException or OverflowException)
        {
            throw At(path, $"expected {Expected(type)}.", at);
        }
    }

    private JsonTypeInfo Block(JsonPolymorphismOptions blocks, string path, long at)
    {
        var names = JsonWords.OneOf(blocks.DerivedTypes.Select(d => (string)d.TypeDiscriminator!));
        Next(ref reader);
        Utf8(ref reader, path);
        if (reader.TokenType != JsonTokenType.PropertyName || Text(path) != blocks.TypeDiscriminatorPropertyName)
        {
            throw At(path, $"a block must begin with its \"{blocks.TypeDiscriminatorPropertyName}\": {names}.", at);
        }

        Next(ref reader);
        Utf8(ref reader, path);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw At(path, $"a block's \"{blocks.TypeDiscriminatorPropertyName}\" must be {names} but is {Found()}.", at);
        }

        var name = Text(path);
        foreach (var derived in blocks.DerivedTypes)
        {
            if (derived.TypeDiscriminator as string == name)
            {
                return options.GetTypeInfo(derived.DerivedType);
            }
        }

        throw At(path, $"'{JsonWords.Shorten(name)}' is not a block type: expected {names}.", at);
    }

    private void Required(Frame frame)
    {
        foreach (var property in frame.Type.Properties)
        {
            if (property.IsRequired && !frame.Seen.Contains(property.Name))
            {
                throw At(frame.Path, $"the required property '{property.Name}' is missing.", frame.Start);
            }
        }
    }

    /// <summary>Walks over a value, checking only its syntax, depth and UTF-8 (for values no contract describes).</summary>
    private void Skip(ref Utf8JsonReader at, string path)
    {
        Utf8(ref at, path);
        if (at.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = at.CurrentDepth;
        do
        {
            if (at.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && at.CurrentDepth >= read.MaxDepth)
            {
                throw TooDeep(path);
            }

            Next(ref at);
            Utf8(ref at, path);
        }
        while (!(at.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && at.CurrentDepth == depth));
    }

    private void Next(ref Utf8JsonReader at)
    {
        try
        {
            if (!at.Read())
            {
                throw Syntax(json.Length);
            }
        }
        catch (JsonException error) when (error is not MeetingReadError)
        {
            throw Syntax(JsonPosition.Offset(json, error.LineNumber ?? 0, error.BytePositionInLine ?? 0));
        }
    }

    private void Utf8(ref Utf8JsonReader at, string path)
    {
        if (at.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !System.Text.Unicode.Utf8.IsValid(at.ValueSpan))
        {
            throw At(path, NotUtf8, at.TokenStartIndex + JsonPosition.FirstInvalidUtf8(at.ValueSpan) + 1);
        }
    }

    private string Text(string path)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw At(path, UnpairedSurrogate, reader.TokenStartIndex);
        }
    }

    public const string NotUtf8 = "the text is not valid UTF-8 (save the file as UTF-8).";

    private const string UnpairedSurrogate = "the string holds an unpaired surrogate escape (such as \\ud800); JSON text must be valid Unicode.";

    private void Expect(bool ok, JsonTypeInfo type, string path, long at)
    {
        if (!ok)
        {
            throw At(path, $"expected {Expected(type)} but found {Found()}.", at);
        }
    }

    private string Found() => JsonWords.Token(reader.TokenType);

    private string Expected(JsonTypeInfo type)
    {
        var plain = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return plain == typeof(string) ? "a string"
            : plain == typeof(int) ? $"a whole number from {JsonWords.Number(int.MinValue)} to {JsonWords.Number(int.MaxValue)}"
            : plain == typeof(bool) ? "true or false"
            : type.Kind == JsonTypeInfoKind.Enumerable ? "a list (JSON array)"
            : type.Kind == JsonTypeInfoKind.Object ? "an object"
            : options.GetTypeInfo(plain).Converter is IDescribedConverter described ? described.Expected
            : "a value";
    }

    private MeetingJsonException TooDeep(string path) =>
        At(path, $"the JSON nests deeper than {read.MaxDepth} levels (MeetingJsonReadOptions.MaxDepth).", reader.TokenStartIndex);

    private MeetingJsonException Syntax(int offset)
    {
        var path = frames.Count > 0 ? frames[^1].Path : "$";
        var rest = json[Math.Min(offset, json.Length)..];
        string reason;
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            reason = "the input is empty: expected a meeting (a JSON object).";
        }
        else if (rest.Trim(" \t\r\n"u8).IsEmpty || (rest[0] is (byte)',' or (byte)':' && rest[1..].Trim(" \t\r\n"u8).IsEmpty))
        {
            reason = frames.Count > 0
                ? $"the JSON ends before the {(frames[^1].Element is null ? "object" : "list")} at {path} is closed."
                : "the JSON ends before the meeting is complete.";
        }
        else
        {
            reason = SyntaxWords.Describe(json, offset, rootDone);
        }

        var (line, position) = JsonPosition.At(json, offset);
        return new MeetingJsonException(reason, path, line, position);
    }

    private MeetingJsonException At(string path, string reason, long offset)
    {
        var (line, position) = JsonPosition.At(json, offset);
        return new MeetingJsonException(reason, path, line, position);
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo type, string name)
    {
        foreach (var property in type.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    private static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{JsonWords.Shorten(name).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>An object or list being walked.</summary>
    private sealed class Frame(JsonTypeInfo type, string path, long start)
    {
        public JsonTypeInfo Type { get; } = type;

        public string Path { get; } = path;

        public long Start { get; } = start;

        /// <summary>For a list, the contract of its elements; null for an object.</summary>
        public JsonTypeInfo? Element { get; init; }

        public int Index { get; set; }

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
    }
}
