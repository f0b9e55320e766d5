using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// <see cref="DocxWriter.WriteAsync"/> works on a response body that refuses synchronous I/O and
/// cannot seek (ASP.NET Core's default), gives the bytes of <see cref="DocxWriter.Write"/>, and
/// never holds the whole document in memory.
/// </summary>
public class DocxAsyncTests
{
    [Fact]
    public async Task WriteAsync_on_a_stream_without_synchronous_io_gives_the_same_bytes()
    {
        var meeting = MeetingGenerator.Generate(itemCount: 200, seed: 3);
        var expected = DocxWriter.WriteToBytes(meeting);
        using var target = new AsyncOnlyStream();

        await DocxWriter.WriteAsync(meeting, target, cancellationToken: CancellationToken.None);

        Assert.Equal(expected, target.ToArray());
        Assert.True(target.AsyncWrites > 1, "the document should arrive in chunks");
        Assert.Equal(1, target.AsyncFlushes);
    }

    [Fact]
    public async Task WriteAsync_refuses_unprintable_text_before_a_byte_is_written()
    {
        var meeting = SeedMeeting.Build() with { Municipality = "bad\u0001" };
        using var target = new AsyncOnlyStream();

        await Assert.ThrowsAsync<PaperTextException>(() => DocxWriter.WriteAsync(meeting, target));

        Assert.Empty(target.ToArray());
    }

    [Fact]
    public async Task WriteAsync_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        using var target = new AsyncOnlyStream { OnWrite = count => cancel.Cancel() };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocxWriter.WriteAsync(MeetingGenerator.Generate(itemCount: 500, seed: 4), target, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task The_bridge_keeps_only_a_few_chunks_between_a_fast_writer_and_a_slow_target()
    {
        long produced = 0;
        long maxAhead = 0;
        using var target = new AsyncOnlyStream { Delay = TimeSpan.FromMilliseconds(1), Discard = true };
        target.OnWrite = received => maxAhead = Math.Max(maxAhead, Interlocked.Read(ref produced) - received);

        await AsyncBridge.CopyAsync(
            sink =>
            {
                var block = new byte[1000];
                for (var i = 0; i < 20_000; i++)
                {
                    sink.Write(block);
                    Interlocked.Add(ref produced, block.Length);
                }
            },
            target,
            CancellationToken.None);

        Assert.Equal(20_000_000, target.Received);
        Assert.True(maxAhead <= 8 * 64 * 1024, $"the writer ran {maxAhead} bytes ahead of the target");
    }

    /// <summary>A non-seekable stream that throws on synchronous writes and flushes, as ASP.NET Core's response body does by default.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream buffer = new();

        public Action<long>? OnWrite { get; set; }

        public TimeSpan Delay { get; init; }

        public bool Discard { get; init; }

        public long Received { get; private set; }

        public int AsyncWrites { get; private set; }

        public int AsyncFlushes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => buffer.ToArray();

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            AsyncFlushes++;
            return Task.CompletedTask;
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            AsyncWrites++;
            Received += source.Length;
            if (!Discard)
            {
                buffer.Write(source.Span);
            }

            OnWrite?.Invoke(Received);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
