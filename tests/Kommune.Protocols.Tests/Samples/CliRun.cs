using Kommune.Protocols.Samples;

namespace Kommune.Protocols.Tests.Samples;

/// <summary>Runs the sample in-process and keeps what it printed.</summary>
internal sealed class CliRun
{
    private CliRun(int code, string output, string error)
    {
        Code = code;
        Output = output;
        Error = error;
    }

    public int Code { get; }

    public string Output { get; }

    public string Error { get; }

    /// <summary>The lines written to standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(params string[] args) => With(OutputFile.Open, args);

    public static CliRun With(OutputFile.Opener open, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Cli.Run(args, new CliContext(output, error, open));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Failed with exit 2 and exactly one line on standard error, and no stack trace.</summary>
    public void AssertOneLineFailure()
    {
        Assert.True(Code == 2, $"exit {Code}, stderr: {Error}");
        Assert.Single(ErrorLines);
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", Error, StringComparison.Ordinal);
    }
}

/// <summary>A file stream that fails as a full disk does, after some bytes.</summary>
internal sealed class FullDiskStream(Stream inner, int room) : Stream
{
    private int written;

    public override bool CanRead => false;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var fits = Math.Min(buffer.Length, room - written);
        inner.Write(buffer[..fits]);
        written += fits;
        if (fits < buffer.Length)
        {
            inner.Flush();
            throw new IOException("No space left on device");
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
