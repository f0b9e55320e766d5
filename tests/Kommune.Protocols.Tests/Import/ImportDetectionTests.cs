using System.Text;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Import;
using Kommune.Protocols.Json;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Import;

/// <summary>The sniffer names each format from the first bytes and nothing else as one; an unknown input is refused with the one exception type.</summary>
public class ImportDetectionTests
{
    public static TheoryData<string, byte[]> NotAnExport() => new()
    {
        { "meeting JSON", MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build()) },
        { "DOCX", DocxWriter.WriteToBytes(SeedMeeting.Build()) },
        { "HTML page", Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"da\"><head><title>Dagsorden</title></head><body><h1>Byrådet</h1><p>Mødet den 5. marts</p></body></html>") },
        { "XHTML page", Encoding.UTF8.GetBytes("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Publication</p></body></html>") },
        { "random XML", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><catalog><book id=\"1\"><title>Publication</title></book></catalog>") },
        { "Acadre-like root without an agenda", Encoding.UTF8.GetBytes("<root><table name=\"persons\"><fields><field name=\"name\">x</field></fields></table></root>") },
        { "eDoc notification", Encoding.UTF8.GetBytes("<Root xmlns=\"http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/\"><Notification><Publish>true</Publish><PathToXml>agenda-4411.xml</PathToXml></Notification></Root>") },
        { "empty file", [] },
        { "byte order mark only", [0xEF, 0xBB, 0xBF] },
        { "plain text", Encoding.UTF8.GetBytes("Dagsorden for Byrådet") },
    };

    [Theory]
    [MemberData(nameof(NotAnExport))]
    public void Other_input_is_detected_as_none(string what, byte[] input)
    {
        Assert.True(MeetingImporter.Detect(new MemoryStream(input)) is null, what);
    }

    [Theory]
    [MemberData(nameof(NotAnExport))]
    public void Other_input_is_refused_with_the_one_exception(string what, byte[] input)
    {
        var error = Assert.Throws<ImportException>(() => MeetingImporter.Import(new MemoryStream(input)));

        Assert.False(string.IsNullOrEmpty(error.Reason), what);
        Assert.StartsWith("Cannot import", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edoc_notification_names_the_agenda_to_import_instead()
    {
        var input = Encoding.UTF8.GetBytes("<Root xmlns=\"http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/\"><Notification><PathToXml>agenda-4411.xml</PathToXml></Notification></Root>");

        var error = Assert.Throws<ImportException>(() => MeetingImporter.Import(new MemoryStream(input)));

        Assert.Contains("agenda-4411.xml", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_asked_for_that_the_input_is_not_is_refused_with_the_root_and_its_place()
    {
        using var stream = new MemoryStream(ImportFixtures.Bytes("edoc-agenda.xml"));

        var error = Assert.Throws<ImportException>(() => MeetingImporter.Import(stream, ImportFormat.SbsysDagsorden));

        Assert.Equal("/Root", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("Dagsorden", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detection_reads_no_more_than_its_window()
    {
        var input = new CountingStream(ImportFixtures.Bytes("sbsys-publication-protocol.xml"), repeat: 1000);

        Assert.Equal(ImportFormat.SbsysPublication, MeetingImporter.Detect(input));
        Assert.True(input.Consumed <= 64 * 1024, $"read {input.Consumed} bytes");
    }

    [Fact]
    public async Task Detection_and_import_run_on_a_stream_that_refuses_synchronous_reads()
    {
        var bytes = ImportFixtures.Bytes("acadre-protocol.xml");

        Assert.Equal(ImportFormat.AcadreMm, await MeetingImporter.DetectAsync(new AsyncOnlyStream(bytes)));
        var result = await MeetingImporter.ImportAsync(new AsyncOnlyStream(bytes), options: ImportFixtures.Options("acadre-protocol.xml"));
        Assert.Equal(ImportFixtures.Import("acadre-protocol.xml").Meeting, result.Meeting);
    }

    [Fact]
    public async Task Import_can_be_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MeetingImporter.ImportAsync(new AsyncOnlyStream(ImportFixtures.Bytes("edoc-agenda.xml")), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_file_is_imported_by_path_asynchronously_as_it_is_synchronously()
    {
        var path = ImportFixtures.PathOf("edoc-protocol.xml");

        var result = await MeetingImporter.ImportFileAsync(path, options: ImportFixtures.Options("edoc-protocol.xml"));

        Assert.Equal(ImportFormat.EdocAgenda, result.Format);
        Assert.Equal(ImportFormat.EdocAgenda, await MeetingImporter.DetectFileAsync(path));
        Assert.Equal(ImportFixtures.Import("edoc-protocol.xml").Meeting, result.Meeting);
        Assert.Equal(ImportFixtures.Import("edoc-protocol.xml").Report.ToString(), result.Report.ToString());
    }

    [Fact]
    public async Task A_file_import_can_be_cancelled_and_a_wrong_format_is_refused_before_reading()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var path = ImportFixtures.PathOf("acadre-agenda.xml");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MeetingImporter.ImportFileAsync(path, cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MeetingImporter.DetectFileAsync(path, cancelled.Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MeetingImporter.ImportFileAsync(path, (ImportFormat)99));
        await Assert.ThrowsAsync<ImportException>(() => MeetingImporter.ImportFileAsync(path, ImportFormat.SbsysDagsorden));
    }

    [Fact]
    public void A_file_is_imported_by_path_and_sniffed()
    {
        var result = MeetingImporter.ImportFile(ImportFixtures.PathOf("sbsys-dagsorden-protocol.xml"), options: ImportFixtures.Options("sbsys-dagsorden-protocol.xml"));

        Assert.Equal(ImportFormat.SbsysDagsorden, result.Format);
        Assert.Equal(ImportFormat.SbsysDagsorden, MeetingImporter.DetectFile(ImportFixtures.PathOf("sbsys-dagsorden-protocol.xml")));
        Assert.Equal(ImportFixtures.Import("sbsys-dagsorden-protocol.xml").Meeting, result.Meeting);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("iso-8859-1")]
    public void Other_encodings_read_the_same_meeting(string encoding)
    {
        var text = Encoding.UTF8.GetString(ImportFixtures.Bytes("sbsys-dagsorden-agenda.xml"));
        var declared = encoding == "utf-16BE" ? "utf-16" : encoding;
        text = text.Replace("encoding=\"utf-8\"", $"encoding=\"{declared}\"", StringComparison.Ordinal);
        var bytes = encoding switch
        {
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Latin1.GetBytes(text),
        };

        var result = MeetingImporter.Import(new MemoryStream(bytes), options: ImportFixtures.Options("sbsys-dagsorden-agenda.xml"));

        Assert.Equal(ImportFixtures.Import("sbsys-dagsorden-agenda.xml").Meeting, result.Meeting);
        Assert.DoesNotContain(result.Report.Issues, i => i.Code == "IMP002");
    }

    /// <summary>A stream that counts what was read, of an input repeated many times.</summary>
    private sealed class CountingStream(byte[] bytes, int repeat) : Stream
    {
        private long position;

        public long Consumed => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = (long)bytes.Length * repeat;
            var n = (int)Math.Min(count, total - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = bytes[(position + i) % bytes.Length];
            }

            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A stream that refuses synchronous reads, as ASP.NET Core's request body does by default.</summary>
internal sealed class AsyncOnlyStream(byte[] bytes) : Stream
{
    private readonly MemoryStream inner = new(bytes, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        return inner.Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
