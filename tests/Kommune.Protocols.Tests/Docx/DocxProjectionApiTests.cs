using Kommune.Protocols.Docx;
using static Kommune.Protocols.Tests.Docx.DocxProjectionFixtures;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// The projection's entry points: every overload gives the same text, streams are read from
/// their position to their end (asynchronously by <see cref="DocxTextProjection.ProjectAsync"/>),
/// input over the size limit is refused without being read to its end, cancellation is honoured,
/// and the options and exception behave as documented.
/// </summary>
public class DocxProjectionApiTests
{
    [Fact]
    public async Task Every_overload_gives_the_same_text()
    {
        var expected = DocxTextProjection.Project(Seed);

        Assert.Equal(expected, DocxTextProjection.Project(Seed, DocxProjectionOptions.Default));
        Assert.Equal(expected, DocxTextProjection.Project(new MemoryStream(Seed)));
        Assert.Equal(expected, DocxTextProjection.Project(new NonSeekableStream(Seed), null));
        Assert.Equal(expected, await DocxTextProjection.ProjectAsync(new MemoryStream(Seed)));
        Assert.Equal(expected, await DocxTextProjection.ProjectAsync(new AsyncOnlyStream(Seed), new DocxProjectionOptions(), CancellationToken.None));
        Assert.Contains("\n== section 1: page 11906x16838 ==\n-- header default --\n", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_is_read_from_its_current_position()
    {
        var padded = new byte[100 + Seed.Length];
        Seed.CopyTo(padded, 100);

        var stream = new MemoryStream(padded) { Position = 100 };
        var text = DocxTextProjection.Project(stream);
        var asyncStream = new MemoryStream(padded) { Position = 100 };
        var asyncText = await DocxTextProjection.ProjectAsync(asyncStream);

        Assert.Equal(DocxTextProjection.Project(Seed), text);
        Assert.Equal(text, asyncText);
        Assert.Equal(padded.Length, stream.Position);
    }

    [Fact]
    public async Task ProjectAsync_reads_only_asynchronously_and_an_endless_stream_only_to_one_byte_past_the_limit()
    {
        var options = new DocxProjectionOptions { MaxPackageBytes = 100_000 };
        var endless = new AsyncOnlyStream(new byte[10_000_000]);

        var error = await Record.ExceptionAsync(() => DocxTextProjection.ProjectAsync(endless, options));

        Assert.Equal("MaxPackageBytes", Assert.IsType<DocxProjectionException>(error).Limit);
        Assert.Equal(100_001, endless.BytesRead);
    }

    [Fact]
    public void A_non_seekable_stream_over_the_limit_is_read_only_to_one_byte_past_it()
    {
        var options = new DocxProjectionOptions { MaxPackageBytes = 100_000 };
        var endless = new NonSeekableStream(new byte[10_000_000]);

        var error = Record.Exception(() => DocxTextProjection.Project(endless, options));

        Assert.Equal("MaxPackageBytes", Assert.IsType<DocxProjectionException>(error).Limit);
        Assert.Equal(100_001, endless.BytesRead);
    }

    [Fact]
    public void A_seekable_stream_over_the_limit_is_refused_before_it_is_read()
    {
        var stream = new MemoryStream(new byte[200_000]);

        var error = Record.Exception(() => DocxTextProjection.Project(stream, new DocxProjectionOptions { MaxPackageBytes = 100_000 }));

        Assert.Equal("MaxPackageBytes", Assert.IsType<DocxProjectionException>(error).Limit);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Bytes_over_the_limit_are_refused()
    {
        var error = Record.Exception(() => DocxTextProjection.Project(Seed, new DocxProjectionOptions { MaxPackageBytes = Seed.Length - 1 }));

        var refused = Assert.IsType<DocxProjectionException>(error);
        Assert.Equal("MaxPackageBytes", refused.Limit);
        Assert.Null(refused.PartName);
        Assert.Contains("MaxPackageBytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_read_and_the_projection()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocxTextProjection.ProjectAsync(new AsyncOnlyStream(Seed), null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocxTextProjection.ProjectAsync(new MemoryStream(Seed), null, cancelled.Token));
    }

    [Fact]
    public async Task Cancellation_during_a_long_projection_stops_it()
    {
        var docx = Bomb("word/document.xml", (DocumentHead, 1), ("<w:bookmarkEnd/>", 1_500_000), (DocumentTail, 1));
        using var cancellation = new CancellationTokenSource();
        var options = new DocxProjectionOptions { MaxNodes = long.MaxValue, MaxUncompressedBytes = long.MaxValue };

        // A timer's callback runs on the thread pool, which a busy test run can starve for longer than the whole
        // projection takes; a thread of its own is scheduled by the operating system and cancels on time.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(20);
            cancellation.Cancel();
        });
        canceller.Start();
        var error = await Record.ExceptionAsync(() => DocxTextProjection.ProjectAsync(new MemoryStream(docx), options, cancellation.Token));
        canceller.Join();

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public void A_failing_stream_is_reported_as_a_projection_error_with_its_cause()
    {
        var error = Record.Exception(() => DocxTextProjection.Project(new FailingStream()));

        var refused = Assert.IsType<DocxProjectionException>(error);
        Assert.IsType<IOException>(refused.InnerException);
        Assert.Contains("disk on fire", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_as_documented()
    {
        var defaults = DocxProjectionOptions.Default;

        Assert.Equal(64L * 1024 * 1024, defaults.MaxPackageBytes);
        Assert.Equal(32L * 1024 * 1024, defaults.MaxUncompressedBytes);
        Assert.Equal(10_000, defaults.MaxEntries);
        Assert.Equal(256, defaults.MaxDepth);
        Assert.Equal(2_000_000, defaults.MaxNodes);
        Assert.Equal(1024 * 1024, defaults.MaxNodeLength);
        Assert.Equal(1024 * 1024, defaults.MaxLineLength);
        Assert.Equal(16L * 1024 * 1024, defaults.MaxOutputLength);
        Assert.Equal(new DocxProjectionOptions(), defaults);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_must_be_positive(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxDepth = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxNodes = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxUncompressedBytes = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxPackageBytes = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxEntries = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxNodeLength = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxLineLength = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxProjectionOptions { MaxOutputLength = value });
    }

    [Fact]
    public void Every_limit_is_enforced_on_a_real_protocol_when_set_below_what_it_needs()
    {
        var docx = Kommune.Protocols.Docx.DocxWriter.WriteToBytes(Kommune.Protocols.Testing.SeedMeeting.Build());
        var tight = new (string Limit, DocxProjectionOptions Options)[]
        {
            ("MaxPackageBytes", new() { MaxPackageBytes = 1000 }),
            ("MaxUncompressedBytes", new() { MaxUncompressedBytes = 10_000 }),
            ("MaxEntries", new() { MaxEntries = 5 }),
            ("MaxDepth", new() { MaxDepth = 4 }),
            ("MaxNodes", new() { MaxNodes = 1000 }),
            ("MaxNodeLength", new() { MaxNodeLength = 100 }),
            ("MaxLineLength", new() { MaxLineLength = 100 }),
            ("MaxOutputLength", new() { MaxOutputLength = 1000 }),
        };

        foreach (var (limit, options) in tight)
        {
            var error = Record.Exception(() => DocxTextProjection.Project(docx, options));
            Assert.True(error is DocxProjectionException refused && refused.Limit == limit, $"{limit}: {error}");
        }
    }

    [Fact]
    public void The_exception_has_the_standard_constructors()
    {
        Assert.False(string.IsNullOrEmpty(new DocxProjectionException().Message));
        Assert.Equal("m", new DocxProjectionException("m").Message);
        var inner = new InvalidDataException();
        var wrapped = new DocxProjectionException("m", inner);
        Assert.Same(inner, wrapped.InnerException);
        Assert.Null(wrapped.PartName);
        Assert.Null(wrapped.Limit);
    }

    /// <summary>A readable stream that cannot seek, counting what was read from it.</summary>
    private sealed class NonSeekableStream(byte[] content) : Stream
    {
        private readonly MemoryStream inner = new(content);

        public long BytesRead => inner.Position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream whose every read fails.</summary>
    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk on fire");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
