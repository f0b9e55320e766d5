using System.Buffers;
using Kommune.Protocols.Json.Converters;

namespace Kommune.Protocols.Json;

/// <summary>A growable pooled buffer that refuses to grow past the read limit.</summary>
internal sealed class BoundedBuffer : IDisposable
{
    private readonly MeetingJsonReadOptions options;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    public BoundedBuffer(MeetingJsonReadOptions options) => this.options = options;

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    public Span<byte> NextChunk() => NextChunkMemory().Span;

    public Memory<byte> NextChunkMemory()
    {
        if (length > options.MaxBytes)
        {
            throw MeetingJson.TooLarge(options);
        }

        if (length == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(NextCapacity(buffer.Length, (long)length + 1, options.MaxBytes));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        // Never ask for more than one byte past the limit: that byte is enough to refuse.
        var room = Math.Min(buffer.Length - length, options.MaxBytes + 1 - length);
        return buffer.AsMemory(length, (int)Math.Max(room, 1));
    }

    public void Advance(int count) => length += count;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    /// <summary>
    /// Double, but never past one byte over the limit nor past the largest array; computed in
    /// long, so limits above 1 GiB cannot overflow.
    /// </summary>
    internal static int NextCapacity(int current, long needed, long maxBytes)
    {
        if (needed > Array.MaxLength)
        {
            throw new MeetingJsonException($"the input is larger than {JsonWords.Number(Array.MaxLength)} bytes, the most one read can hold.", "$");
        }

        var limit = Math.Min(maxBytes == long.MaxValue ? maxBytes : maxBytes + 1, Array.MaxLength);
        return (int)Math.Max(needed, Math.Min(current * 2L, limit));
    }
}
