using System.Buffers;

namespace Kommune.Protocols.Json;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool, so writing a
/// meeting allocates little more than the final result (an <see cref="ArrayBufferWriter{T}"/>
/// would allocate every size it grows through). It never grows past <see cref="Limit"/>.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer;
    private int written;

    public PooledBufferWriter(int initialCapacity = 64 * 1024) => buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>The most bytes this writer holds; writing more throws <see cref="LimitReachedException"/>.</summary>
    public long Limit { get; init; } = Array.MaxLength;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    public void Advance(int count)
    {
        written += count;
        if (written > Limit)
        {
            throw new LimitReachedException();
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Ensure(int sizeHint)
    {
        var needed = (long)written + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length)
        {
            return;
        }

        // Asked for room past the limit: the writer may not need all of it, so give what the
        // limit allows (and at least what was asked within the largest array); Advance decides.
        var capacity = Math.Min(Math.Max(needed, buffer.Length * 2L), Math.Max(Math.Min(Limit + 1, Array.MaxLength), needed));
        if (capacity > Array.MaxLength)
        {
            throw new LimitReachedException();
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)capacity);
        WrittenSpan.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}

/// <summary>Thrown by a bounded writer when the output would pass its limit.</summary>
internal sealed class LimitReachedException : Exception
{
}
