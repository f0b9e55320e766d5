using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>
/// Reads and writes meetings as JSON (UTF-8, camelCase, <c>schemaVersion</c> first). Writing is
/// deterministic: the same meeting gives the same bytes on every machine. Reading is strict by
/// default and throws only <see cref="MeetingJsonException"/> for bad input. Thread-safe.
/// </summary>
public static class MeetingJson
{
    /// <summary>Writes a meeting as UTF-8 JSON.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    /// <returns>The UTF-8 bytes (no byte order mark).</returns>
    public static byte[] SerializeToUtf8Bytes(Meeting meeting, MeetingJsonWriteOptions? options = null)
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, meeting, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a meeting as a JSON string.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Meeting meeting, MeetingJsonWriteOptions? options = null) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(meeting, options));

    /// <summary>Writes a meeting as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    public static void Serialize(Stream stream, Meeting meeting, MeetingJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter();
        Write(buffer, meeting, options);
        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes a meeting as UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    public static async Task SerializeAsync(Stream stream, Meeting meeting, MeetingJsonWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter();
        Write(buffer, meeting, options);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a meeting from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="MeetingJsonException">The input is not a valid meeting; the message says where and what.</exception>
    public static Meeting Deserialize(ReadOnlySpan<byte> utf8Json, MeetingJsonReadOptions? options = null)
    {
        options ??= MeetingJsonReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            throw TooLarge(options);
        }

        try
        {
            return Read(utf8Json, MeetingJsonOptions.For(options));
        }
        catch (JsonException error)
        {
            throw Wrap(error);
        }
        catch (Exception error) when (error is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or DecoderFallbackException)
        {
            throw new MeetingJsonException(error.Message, innerException: error);
        }
    }

    /// <summary>Reads a meeting from a JSON string.</summary>
    /// <param name="json">The text.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="MeetingJsonException">The input is not a valid meeting.</exception>
    public static Meeting Deserialize(string json, MeetingJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= MeetingJsonReadOptions.Default;
        if (json.Length > options.MaxBytes)
        {
            throw TooLarge(options);
        }

        byte[] utf8;
        try
        {
            utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(json);
        }
        catch (EncoderFallbackException error)
        {
            throw new MeetingJsonException($"the text holds an unpaired surrogate at character {error.Index}.", innerException: error);
        }

        return Deserialize(utf8, options);
    }

    /// <summary>Reads a meeting from a stream of UTF-8 JSON, refusing more than the size limit without reading past it.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="MeetingJsonException">The input is not a valid meeting or is too large.</exception>
    public static Meeting Deserialize(Stream stream, MeetingJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MeetingJsonReadOptions.Default;
        using var buffer = new BoundedBuffer(options);
        int read;
        while ((read = stream.Read(buffer.NextChunk())) > 0)
        {
            buffer.Advance(read);
        }

        return Deserialize(buffer.Written, options);
    }

    /// <summary>Reads a meeting from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="MeetingJsonException">The input is not a valid meeting or is too large.</exception>
    public static async ValueTask<Meeting> DeserializeAsync(Stream stream, MeetingJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MeetingJsonReadOptions.Default;
        using var buffer = new BoundedBuffer(options);
        int read;
        while ((read = await stream.ReadAsync(buffer.NextChunkMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Advance(read);
        }

        return Deserialize(buffer.Written, options);
    }

    internal static MeetingJsonException TooLarge(MeetingJsonReadOptions options) =>
        new($"the input is larger than the limit of {options.MaxBytes} bytes (MeetingJsonReadOptions.MaxBytes).");

    private static Meeting Read(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize(utf8Json, DocumentInfo(options)) ?? throw new JsonException("expected an object but found null.", "$", 0, 0)).ToMeeting();

    private static JsonTypeInfo<MeetingDocument> DocumentInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<MeetingDocument>)options.GetTypeInfo(typeof(MeetingDocument));

    private static void Write(IBufferWriter<byte> output, Meeting meeting, MeetingJsonWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= MeetingJsonWriteOptions.Default;
        var source = PublicEdition.For(meeting, options.Edition, options.Publication);
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Indented,
            NewLine = "\n",
            Encoder = MeetingJsonOptions.Encoder,
            SkipValidation = false,
        };
        using var writer = new Utf8JsonWriter(output, writerOptions);
        JsonSerializer.Serialize(writer, MeetingDocument.From(source), DocumentInfo(MeetingJsonOptions.Writing));
        writer.Flush();
        if (options.Indented)
        {
            output.Write("\n"u8);
        }
    }

    private static MeetingJsonException Wrap(JsonException error)
    {
        // System.Text.Json appends its own location to the message; ours is in the properties.
        var reason = error.Message;
        var at = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        reason = (at > 0 ? reason[..at] : reason).TrimEnd();
        return new(reason, error.Path ?? "$", error.LineNumber + 1, error.BytePositionInLine, error);
    }
}
