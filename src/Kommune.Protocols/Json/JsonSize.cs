using System.Buffers;
using System.Text.Json;
using Kommune.Protocols.Json.Converters;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>
/// The size of a meeting's largest JSON (the internal edition, indented), counted by writing it
/// into a sink that keeps nothing and stops at the limit: exact, and no memory for the result.
/// </summary>
internal static class JsonSize
{
    public static MeetingLimitViolation? Check(Meeting meeting, long maxJsonBytes)
    {
        using var sink = new CountingSink(maxJsonBytes);
        try
        {
            MeetingJson.WriteJson(sink, meeting, MeetingJsonWriteOptions.Default);
            return null;
        }
        catch (LimitReachedException)
        {
            return TooLarge(maxJsonBytes);
        }
        catch (ArgumentException)
        {
            // Utf8JsonWriter refuses a single text longer than it can escape (about 166 million characters).
            return TooLong;
        }
    }

    public static MeetingLimitViolation TooLarge(long maxJsonBytes) =>
        new(MeetingLimitKind.JsonSize, string.Empty, $"its JSON is larger than {JsonWords.Number(maxJsonBytes)} bytes (MeetingLimits.MaxJsonBytes), the most every reader accepts by default.");

    public static MeetingLimitViolation TooLong { get; } =
        new(MeetingLimitKind.JsonSize, string.Empty, "it holds a text longer than JSON can be written with (about 166 million characters).");

    /// <summary>Hands out the same scratch buffer again and again and only counts what was written.</summary>
    private sealed class CountingSink(long limit) : IBufferWriter<byte>, IDisposable
    {
        private byte[] scratch = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private long count;

        public void Advance(int written)
        {
            count += written;
            if (count > limit)
            {
                throw new LimitReachedException();
            }
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint).Span;

        public void Dispose() => ArrayPool<byte>.Shared.Return(scratch);

        private Memory<byte> Scratch(int sizeHint)
        {
            if (sizeHint > scratch.Length)
            {
                ArrayPool<byte>.Shared.Return(scratch);
                scratch = ArrayPool<byte>.Shared.Rent(sizeHint);
            }

            return scratch;
        }
    }
}
