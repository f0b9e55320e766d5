using System.Threading.Channels;

namespace Kommune.Protocols.Paper;

/// <summary>
/// Runs a synchronous writer (a zip archive, an XML writer) on a worker and copies what it
/// writes to the real target with asynchronous writes only, through a bounded queue of 64 KiB
/// chunks: the target never sees a synchronous call (ASP.NET Core refuses them by default) and
/// memory never holds the whole document.
/// </summary>
internal static class AsyncBridge
{
    private const int ChunkSize = 64 * 1024;
    private const int QueuedChunks = 4;

    public static async Task CopyAsync(Action<Stream> write, Stream target, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(byte[] Buffer, int Count)>(new BoundedChannelOptions(QueuedChunks)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    using var sink = new ChunkSink(channel.Writer, stop.Token);
                    write(sink);
                    sink.Flush();
                    channel.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    channel.Writer.TryComplete(e);
                    throw;
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var (buffer, count) in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await target.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Stop the worker (it may be waiting for room in the queue) before leaving.
            await stop.CancelAsync().ConfigureAwait(false);
            await DrainAsync(channel.Reader).ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The consumer's exception is the one the caller should see.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            throw;
        }

        await producer.ConfigureAwait(false);
    }

    private static async Task DrainAsync(ChannelReader<(byte[] Buffer, int Count)> reader)
    {
        try
        {
            await foreach (var (buffer, _) in reader.ReadAllAsync().ConfigureAwait(false))
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
#pragma warning disable CA1031 // The producer's failure is reported through its task.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>A write-only stream that cuts what it is given into pooled chunks for the queue.</summary>
    private sealed class ChunkSink(ChannelWriter<(byte[] Buffer, int Count)> writer, CancellationToken cancellationToken) : Stream
    {
        private byte[] current = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int used;
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            written += buffer.Length;
            while (!buffer.IsEmpty)
            {
                var take = Math.Min(buffer.Length, current.Length - used);
                buffer[..take].CopyTo(current.AsSpan(used));
                used += take;
                buffer = buffer[take..];
                if (used == current.Length)
                {
                    Send();
                }
            }
        }

        public override void Flush()
        {
            if (used > 0)
            {
                Send();
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && current.Length > 0 && used == 0)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(current);
                current = [];
            }

            base.Dispose(disposing);
        }

        private void Send()
        {
            var chunk = (current, used);
            current = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
            used = 0;

            // The worker waits here while the queue is full: this is the back-pressure that bounds memory.
            if (!writer.TryWrite(chunk))
            {
                writer.WriteAsync(chunk, cancellationToken).AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
