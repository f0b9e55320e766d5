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
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="MeetingLimitExceededException">The meeting is beyond <see cref="MeetingLimits"/>; nothing is written.</exception>
    public static byte[] SerializeToUtf8Bytes(Meeting meeting, MeetingJsonWriteOptions? options = null)
    {
        using var buffer = new PooledBufferWriter { Limit = MeetingLimits.MaxJsonBytes };
        Write(buffer, meeting, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a meeting as a JSON string.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="MeetingLimitExceededException">The meeting is beyond <see cref="MeetingLimits"/>.</exception>
    public static string Serialize(Meeting meeting, MeetingJsonWriteOptions? options = null) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(meeting, options));

    /// <summary>Writes a meeting as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="meeting"/> is null.</exception>
    /// <exception cref="MeetingLimitExceededException">The meeting is beyond <see cref="MeetingLimits"/>; nothing is written to the stream.</exception>
    public static void Serialize(Stream stream, Meeting meeting, MeetingJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter { Limit = MeetingLimits.MaxJsonBytes };
        Write(buffer, meeting, options);
        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes a meeting as UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition and layout; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="meeting"/> is null.</exception>
    /// <exception cref="MeetingLimitExceededException">The meeting is beyond <see cref="MeetingLimits"/>; nothing is written to the stream.</exception>
    public static async Task SerializeAsync(Stream stream, Meeting meeting, MeetingJsonWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter { Limit = MeetingLimits.MaxJsonBytes };
        Write(buffer, meeting, options);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a meeting from UTF-8 JSON (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <returns>The meeting.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="MeetingJsonException">The input is not a valid meeting; the message says where and what.</exception>
    public static Meeting Deserialize(ReadOnlySpan<byte> utf8Json, MeetingJsonReadOptions? options = null)
    {
        options ??= MeetingJsonReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            throw TooLarge(options);
        }

        // Editors on Windows often save UTF-8 with a byte order mark; it is not part of the JSON.
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        var serializer = MeetingJsonOptions.For(options);

        // The serializer does not look inside values it skips; checking the whole input up front
        // (vectorized, far faster than parsing) refuses invalid UTF-8 in every mode.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw InvalidUtf8(utf8Json, options);
        }

        Meeting meeting;
        try
        {
            meeting = Read(utf8Json, serializer);
        }
        catch (Exception error) when (error is not (OutOfMemoryException or MeetingJsonException))
        {
            throw Explain(utf8Json, options, serializer, error);
        }

        if ((MeetingLimits.CheckContent(meeting) ?? LargeEnoughToMeasure(utf8Json, meeting)) is { } violation)
        {
            throw new MeetingJsonException($"the meeting exceeds a limit every writer keeps: {violation.Message}", violation.Path.Length == 0 ? "$" : "$." + violation.Path);
        }

        return meeting;
    }

    /// <summary>Reads a meeting from a JSON string.</summary>
    /// <param name="json">The text.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <returns>The meeting.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
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
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException error)
        {
            var lineStart = json.LastIndexOf('\n', Math.Max(error.Index - 1, 0)) + 1;
            var line = json.AsSpan(0, error.Index).Count('\n') + 1;
            throw new MeetingJsonException(
                $"the text holds an unpaired surrogate (U+{(int)json[error.Index]:X4}) at character {error.Index}; JSON text must be valid Unicode.",
                path: null,
                lineNumber: line,
                bytePositionInLine: StrictUtf8.GetByteCount(json.AsSpan(lineStart, error.Index - lineStart)),
                innerException: error);
        }
        catch (ArgumentException)
        {
            // More than an array can hold once encoded.
            throw TooLarge(options);
        }

        return Deserialize(utf8, options);
    }

    /// <summary>Reads a meeting from a stream of UTF-8 JSON, refusing more than the size limit without reading past it.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="options">Strictness and limits; defaults when null.</param>
    /// <returns>The meeting.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
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
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
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
        new($"the input is larger than the limit of {options.MaxBytes} bytes (MeetingJsonReadOptions.MaxBytes).", "$");

    /// <summary>
    /// Writes a meeting after checking it against <see cref="MeetingLimits"/>: nothing is written
    /// for a meeting beyond them. The internal edition written indented is the largest layout,
    /// so its own size is the measure; any other layout is measured by a counting pass.
    /// </summary>
    internal static void Write(PooledBufferWriter output, Meeting meeting, MeetingJsonWriteOptions? options, long maxJsonBytes = MeetingLimits.MaxJsonBytes)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= MeetingJsonWriteOptions.Default;

        // The edition first: what is checked is what is written (a public edition has no undefined access values left).
        var source = PublicEdition.For(meeting, options.Edition, options.Publication);
        if (MeetingLimits.CheckContent(source) is { } violation)
        {
            throw new MeetingLimitExceededException(violation);
        }

        var measuredByWriting = options.Indented;
        if (!measuredByWriting && JsonSize.Check(source, maxJsonBytes) is { } tooLarge)
        {
            throw new MeetingLimitExceededException(tooLarge);
        }

        try
        {
            WriteJson(output, source, options);
            if (output.WrittenSpan.Length > maxJsonBytes)
            {
                throw new LimitReachedException();
            }
        }
        catch (LimitReachedException)
        {
            throw new MeetingLimitExceededException(JsonSize.TooLarge(maxJsonBytes));
        }
        catch (ArgumentException error) when (measuredByWriting)
        {
            throw new MeetingLimitExceededException(JsonSize.TooLong.Message, error);
        }
    }

    /// <summary>Writes the JSON of a meeting as it is (no edition, no checks).</summary>
    internal static void WriteJson(IBufferWriter<byte> output, Meeting meeting, MeetingJsonWriteOptions options)
    {
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Indented,
            NewLine = "\n",
            Encoder = MeetingJsonOptions.Encoder,
            SkipValidation = false,
        };
        using var writer = new Utf8JsonWriter(output, writerOptions);
        JsonSerializer.Serialize(writer, MeetingDocument.From(meeting), DocumentInfo(MeetingJsonOptions.Writing));
        writer.Flush();
        if (options.Indented)
        {
            output.Write("\n"u8);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Meeting Read(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize(utf8Json, DocumentInfo(options)) ?? throw new MeetingReadError("expected a meeting but found null.")).ToMeeting();

    private static JsonTypeInfo<MeetingDocument> DocumentInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<MeetingDocument>)options.GetTypeInfo(typeof(MeetingDocument));

    /// <summary>
    /// Says why a read failed, in the user's terms: a newer schema version first (wherever it
    /// stands), then a problem our own converters described (with the serializer's path and
    /// line), else the first problem the diagnosis walk finds.
    /// </summary>
    private static MeetingJsonException Explain(ReadOnlySpan<byte> utf8Json, MeetingJsonReadOptions read, JsonSerializerOptions serializer, Exception error)
    {
        if (SchemaVersionScan.FindNewer(utf8Json) is { } newer)
        {
            return newer;
        }

        if (error is MeetingReadError own && own.Path is not null)
        {
            return new MeetingJsonException(own.Reason, own.Path, own.LineNumber + 1, own.BytePositionInLine, own);
        }

        MeetingJsonException? found;
        try
        {
            found = ReadDiagnosis.Find(utf8Json, read, serializer);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // A gap in the diagnosis must not let another exception escape; the fuzz tests flag this message.
            found = null;
        }

        var json = error as JsonException;
        return found ?? new MeetingJsonException("the JSON could not be read as a meeting.", json?.Path ?? "$", json?.LineNumber + 1 ?? 1, json?.BytePositionInLine ?? 0, error);
    }

    // Indenting can make a meeting's JSON many times larger than compact input (at most about
    // 64 times: an empty entry at the deepest level the limits allow), so only input above a
    // 64th of the size limit can hold a meeting too large to write; only that is measured.
    private static MeetingLimitViolation? LargeEnoughToMeasure(ReadOnlySpan<byte> utf8Json, Meeting meeting) =>
        utf8Json.Length > MeetingLimits.MaxJsonBytes / 64 ? JsonSize.Check(meeting, MeetingLimits.MaxJsonBytes) : null;

    /// <summary>
    /// Text that is not UTF-8 is the first thing to say, whatever else is wrong: the walk looks
    /// for its path (skipping unknown properties, which may hold it); when something else stops
    /// the walk first, the line alone is given.
    /// </summary>
    private static MeetingJsonException InvalidUtf8(ReadOnlySpan<byte> utf8Json, MeetingJsonReadOptions options)
    {
        var (line, position) = JsonPosition.At(utf8Json, JsonPosition.FirstInvalidUtf8(utf8Json));
        var lenient = options with { AllowUnknownProperties = true };
        var found = ReadDiagnosis.Find(utf8Json, lenient, MeetingJsonOptions.For(lenient));
        return found is not null && found.LineNumber == line && found.BytePositionInLine == position
            ? found
            : new MeetingJsonException(ReadDiagnosis.NotUtf8, path: null, lineNumber: line, bytePositionInLine: position);
    }
}
