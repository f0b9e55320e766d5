using System.Globalization;

namespace Kommune.Protocols.Import;

/// <summary>
/// Reads a whole stream into memory, but never more than one byte past the cap: a 100 MB or
/// endless stream is refused after the cap, without reading (or holding) the rest.
/// </summary>
internal static class BoundedInput
{
    private const int FirstChunk = 64 * 1024;

    public static ArraySegment<byte> Read(Stream stream, long maxBytes)
    {
        var buffer = new byte[(int)Math.Min(FirstChunk, maxBytes + 1)];
        var length = 0;
        while (true)
        {
            // The room first: growing replaces the buffer, and the read must get the new one.
            var room = Room(ref buffer, length, maxBytes);
            var read = stream.Read(buffer, length, room);
            if (read <= 0)
            {
                break;
            }

            length += read;
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }

    public static async Task<ArraySegment<byte>> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(FirstChunk, maxBytes + 1)];
        var length = 0;
        while (true)
        {
            var room = Room(ref buffer, length, maxBytes);
            var read = await stream.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
            if (read <= 0)
            {
                break;
            }

            length += read;
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }

    /// <summary>How much to ask for next, growing the buffer by doubling up to one byte past the cap; refuses past the cap.</summary>
    private static int Room(ref byte[] buffer, int length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, maxBytes + 1), Array.MaxLength));
        }

        return buffer.Length - length;
    }

    public static ImportException TooLarge(long maxBytes) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the input is larger than {maxBytes:N0} bytes (ImportOptions.MaxInputBytes)."));
}
