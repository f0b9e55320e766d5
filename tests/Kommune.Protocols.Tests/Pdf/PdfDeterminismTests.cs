using System.Globalization;
using System.Security.Cryptography;
using Kommune.Protocols.Model;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>Tests that change process-wide settings (the local time zone) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideSettings
{
    public const string Name = "Process-wide settings";
}

/// <summary>
/// The same meeting and options give the same PDF bytes: twice in a row, from a new writer, in
/// any culture and local time zone, through a stream that cannot seek or asynchronously, and
/// (through the pinned hashes, which the CI's run without ICU must reproduce) on any machine.
/// </summary>
[Collection(ProcessWideSettings.Name)]
public class PdfDeterminismTests
{
    [Fact]
    public void Two_writes_give_identical_bytes()
    {
        var meeting = SeedMeeting.Build();
        var first = PdfWriter.WriteToBytes(meeting);

        Assert.Equal(first, PdfWriter.WriteToBytes(meeting));
        Assert.Equal(first, PdfWriter.WriteToBytes(SeedMeeting.Build()));
    }

    [Fact]
    public void Seed_pdf_hashes()
    {
        var seed = SeedMeeting.Build();
        var outputs = new (string Name, byte[] Bytes)[]
        {
            ("seed.pdf", PdfWriter.WriteToBytes(seed)),
            ("seed.public.pdf", PdfWriter.WriteToBytes(seed, new PdfOptions { Edition = MeetingEdition.Public })),
            ("seed.en.pdf", PdfWriter.WriteToBytes(seed, new PdfOptions { Language = Language.English })),
            ("generated-40.pdf", PdfWriter.WriteToBytes(MeetingGenerator.Generate(40, seed: 9))),
        };

        Snapshot.Match(string.Join('\n', outputs.Select(o => $"{Convert.ToHexStringLower(SHA256.HashData(o.Bytes))}  {o.Name} ({o.Bytes.Length} bytes)")) + "\n");
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("da-DK")]
    [InlineData("")]
    public void Bytes_do_not_depend_on_the_current_culture(string culture)
    {
        var meeting = MeetingGenerator.Generate(20, 7);
        var expected = PdfWriter.WriteToBytes(meeting);
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, PdfWriter.WriteToBytes(meeting));
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (savedCulture, savedUi);
        }
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("America/St_Johns")]
    [InlineData("Asia/Kathmandu")]
    public void Bytes_do_not_depend_on_the_local_time_zone(string timeZone)
    {
        var meeting = SeedMeeting.Build();
        var expected = PdfWriter.WriteToBytes(meeting);
        var saved = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", timeZone);
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(timeZone, TimeZoneInfo.Local.Id);
            Assert.Equal(expected, PdfWriter.WriteToBytes(meeting));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_and_an_async_write_give_the_same_bytes()
    {
        var meeting = SeedMeeting.Build();
        var expected = PdfWriter.WriteToBytes(meeting);

        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target, allowSync: true))
        {
            PdfWriter.Write(meeting, forwardOnly);
        }

        Assert.Equal(expected, target.ToArray());

        using var asyncTarget = new MemoryStream();
        using (var asyncOnly = new ForwardOnlyStream(asyncTarget, allowSync: false))
        {
            await PdfWriter.WriteAsync(meeting, asyncOnly);
        }

        Assert.Equal(expected, asyncTarget.ToArray());
    }

    [Fact]
    public void The_writer_gives_the_same_bytes_from_many_threads_at_once()
    {
        var meetings = new[] { SeedMeeting.Build(), MeetingGenerator.Generate(15, 3), MeetingGenerator.Generate(30, 4) };
        var publicEdition = new PdfOptions { Edition = MeetingEdition.Public };
        var sequential = meetings.Select(m => (PdfWriter.WriteToBytes(m), PdfWriter.WriteToBytes(m, publicEdition))).ToArray();

        const int Threads = 6;
        var barrier = new Barrier(Threads);
        var results = new (byte[] Internal, byte[] Public)[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            barrier.SignalAndWait();
            var meeting = meetings[t % meetings.Length];
            results[t] = (PdfWriter.WriteToBytes(meeting), PdfWriter.WriteToBytes(meeting, publicEdition));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromMinutes(2)), "a thread did not finish"));

        for (var t = 0; t < Threads; t++)
        {
            Assert.Equal(sequential[t % meetings.Length].Item1, results[t].Internal);
            Assert.Equal(sequential[t % meetings.Length].Item2, results[t].Public);
        }
    }

    /// <summary>A write-only target that cannot seek and (optionally) refuses synchronous writes, as ASP.NET Core's response body does.</summary>
    private sealed class ForwardOnlyStream(Stream inner, bool allowSync) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            if (!allowSync)
            {
                throw new InvalidOperationException("Synchronous operations are disallowed.");
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!allowSync)
            {
                throw new InvalidOperationException("Synchronous operations are disallowed.");
            }

            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
    }
}
