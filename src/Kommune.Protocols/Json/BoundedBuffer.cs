using System.Buffers;

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
            var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        // Never ask for more than one byte past the limit: that byte is enough to refuse.
        var room = (int)Math.Min(buffer.Length - length, options.MaxBytes + 1 - length);
        return buffer.AsMemory(length, Math.Max(room, 1));
    }

    public void Advance(int count) => length += count;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
