namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// Reads the caller's stream, from its current position to its end, into memory, never more
/// than one byte past <see cref="DocxProjectionOptions.MaxPackageBytes"/>: a zip's directory is
/// at its end, so the whole package must be at hand before any part can be found.
/// </summary>
internal static class PackageInput
{
    private const int FirstChunk = 64 * 1024;

    public static ArraySegment<byte> Read(Stream stream, DocxProjectionOptions options)
    {
        try
        {
            var buffer = new byte[InitialSize(stream, options)];
            var length = 0;
            while (true)
            {
                var room = Room(ref buffer, length, options);
                var read = stream.Read(buffer, length, room);
                if (read <= 0)
                {
                    break;
                }

                length += read;
                CheckSize(length, options);
            }

            return new ArraySegment<byte>(buffer, 0, length);
        }
        catch (Exception error) when (error is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw Unreadable(error);
        }
    }

    public static async Task<ArraySegment<byte>> ReadAsync(Stream stream, DocxProjectionOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var buffer = new byte[InitialSize(stream, options)];
            var length = 0;
            while (true)
            {
                var room = Room(ref buffer, length, options);
                var read = await stream.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (read <= 0)
                {
                    break;
                }

                length += read;
                CheckSize(length, options);
            }

            return new ArraySegment<byte>(buffer, 0, length);
        }
        catch (Exception error) when (error is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw Unreadable(error);
        }
    }

    /// <summary>Refuses a byte array over the limit; otherwise uses it as it is, without a copy.</summary>
    public static ArraySegment<byte> Wrap(byte[] docx, DocxProjectionOptions options)
    {
        CheckSize(docx.LongLength, options);
        return new ArraySegment<byte>(docx);
    }

    // A seekable stream says how much is left: refuse an oversized one before reading it, and
    // size the buffer once for the rest (one byte more, to see the end without growing).
    private static int InitialSize(Stream stream, DocxProjectionOptions options)
    {
        if (!stream.CanSeek)
        {
            return FirstChunk;
        }

        var remaining = Math.Max(0, stream.Length - stream.Position);
        CheckSize(remaining, options);
        return (int)Math.Min(remaining + 1, Array.MaxLength);
    }

    // Grows the buffer when it is full, but never past one byte over the limit: that byte is
    // enough to refuse, and a larger buffer would let an endless stream cost more memory.
    private static int Room(ref byte[] buffer, int length, DocxProjectionOptions options)
    {
        if (length == buffer.Length)
        {
            if (length == Array.MaxLength)
            {
                throw Refusal.Package("the DOCX is larger than a byte array can hold");
            }

            var larger = (int)Math.Min(Math.Min((long)buffer.Length * 2, options.MaxPackageBytes + 1), Array.MaxLength);
            Array.Resize(ref buffer, larger);
        }

        return buffer.Length - length;
    }

    private static void CheckSize(long length, DocxProjectionOptions options)
    {
        if (length > options.MaxPackageBytes)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxPackageBytes), options.MaxPackageBytes, "the size of the DOCX");
        }
    }

    private static DocxProjectionException Unreadable(Exception error) =>
        Refusal.Package("the input stream could not be read (" + error.Message + ")", error);
}
