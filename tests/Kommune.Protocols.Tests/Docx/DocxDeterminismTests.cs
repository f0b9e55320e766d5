using System.Globalization;
using System.IO.Compression;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Docx;

public class DocxDeterminismTests
{
    [Fact]
    public void Two_renders_give_identical_bytes()
    {
        var meeting = SeedMeeting.Build();
        Assert.Equal(DocxWriter.WriteToBytes(meeting), DocxWriter.WriteToBytes(meeting));
        Assert.Equal(DocxWriter.WriteToBytes(meeting), DocxWriter.WriteToBytes(SeedMeeting.Build()));
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("da-DK")]
    [InlineData("")]
    public void Bytes_do_not_depend_on_the_current_culture(string culture)
    {
        var meeting = MeetingGenerator.Generate(20, 7);
        var expected = DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public });
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public }));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (savedCulture, savedUi);
        }
    }

    [Fact]
    public void Stream_and_bytes_agree_and_a_non_seekable_target_works()
    {
        var meeting = SeedMeeting.Build();
        using var target = new MemoryStream();
        using (var forwardOnly = new WriteOnlyStream(target))
        {
            DocxWriter.Write(meeting, forwardOnly);
        }

        Assert.Equal(DocxWriter.WriteToBytes(meeting), target.ToArray());
    }

    [Fact]
    public void Zip_entries_have_a_fixed_time_and_order()
    {
        var bytes = DocxWriter.WriteToBytes(SeedMeeting.Build());
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml"],
            zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void The_writer_is_safe_to_share_between_threads()
    {
        var meetings = Enumerable.Range(1, 8).Select(i => MeetingGenerator.Generate(10, i)).ToArray();
        var sequential = meetings.Select(m => DocxWriter.WriteToBytes(m)).ToArray();
        var parallel = new byte[meetings.Length][];
        Parallel.For(0, meetings.Length, i => parallel[i] = DocxWriter.WriteToBytes(meetings[i]));
        Assert.Equal(sequential, parallel);
    }

    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
