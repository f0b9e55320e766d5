using System.Diagnostics;
using System.Text;
using Kommune.Protocols.Import;

namespace Kommune.Protocols.Tests.Import;

/// <summary>Hostile input is refused with the one exception type, quickly and in bounded memory, and the process lives on.</summary>
public class ImportSecurityTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_billion_laughs_is_refused_without_expanding_anything()
    {
        var entities = new StringBuilder("<!DOCTYPE Publication [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;", StringComparison.Ordinal)}\">");
        }

        var input = $"<?xml version=\"1.0\"?>{entities}]><Publication><PublicationTypeAsValue>&lol9;</PublicationTypeAsValue></Publication>";

        var error = Refused(Encoding.UTF8.GetBytes(input));

        Assert.Contains("DTD", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"kommune-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "HEMMELIGT");
        try
        {
            var input = $"<?xml version=\"1.0\"?><!DOCTYPE Publication [<!ENTITY xxe SYSTEM \"file://{secret}\">]><Publication><Agendas><Agenda><Committee><Name>&xxe;</Name></Committee></Agenda></Agendas></Publication>";

            var error = Refused(Encoding.UTF8.GetBytes(input));

            Assert.DoesNotContain("HEMMELIGT", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void An_entity_reference_without_a_dtd_is_text_not_a_lookup()
    {
        var input = "<Dagsorden Dagsordentype=\"Dagsorden\"><Møde Udvalg=\"Byrådet &xxe;\" Mødedato=\"27. august 2018\"/></Dagsorden>";

        var result = MeetingImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(input)));

        Assert.Equal("Byrådet &xxe;", result.Meeting.Body.Name);
        Assert.Contains(result.Report.Issues, i => i.Code == "IMP003");
    }

    [Fact]
    public void A_100_MB_input_is_refused_after_reading_just_past_the_cap()
    {
        var input = new EndlessXml(100L * 1024 * 1024);
        // This thread's allocations only: the import runs on it, and tests running alongside allocate too.
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Refused(input);

        Assert.Contains("MaxInputBytes", error.Reason, StringComparison.Ordinal);
        Assert.True(input.Position <= ImportOptions.Default.MaxInputBytes + 1, $"read {input.Position} bytes");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 160L * 1024 * 1024, "allocated more than the cap allows");
    }

    [Fact]
    public void A_smaller_cap_is_kept_too()
    {
        var error = Assert.Throws<ImportException>(() => MeetingImporter.Import(new MemoryStream(ImportFixtures.Bytes("edoc-agenda.xml")), options: new ImportOptions { MaxInputBytes = 1000 }));

        Assert.Contains("1,000 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_100000_deep_is_refused_at_the_depth_cap()
    {
        var input = "<Publication>" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</Publication>";

        var error = Refused(Encoding.UTF8.GetBytes(input));

        Assert.Contains("MaxDepth", error.Reason, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Too_many_elements_are_refused_at_the_element_cap()
    {
        var input = "<Publication>" + string.Concat(Enumerable.Repeat("<a/>", 600_000)) + "</Publication>";

        var error = Refused(Encoding.UTF8.GetBytes(input));

        Assert.Contains("MaxElements", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_100000_deep_in_cdata_keeps_its_text_in_bounded_time()
    {
        var deep = string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "Dybt" + string.Concat(Enumerable.Repeat("</span></div>", 50_000));
        var input = $"<Dagsorden Dagsordentype=\"Dagsorden\"><Møde Udvalg=\"Byrådet\" Mødedato=\"27. august 2018\"/><Dagsordenpunkter><Dagsordenpunkt Nummer=\"1\" Åbent=\"True\"><Overskrift>Dyb HTML</Overskrift><Indhold><Sagsfremstilling><![CDATA[{deep}]]></Sagsfremstilling></Indhold></Dagsordenpunkt></Dagsordenpunkter></Dagsorden>";
        var clock = Stopwatch.StartNew();

        var result = MeetingImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(input)));

        Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        Assert.Contains("Dybt", Kommune.Protocols.Json.MeetingJson.Serialize(result.Meeting), StringComparison.Ordinal);
        Assert.Contains(result.Report.Issues, i => i.Code == "IMP403");
        Assert.NotEmpty(Kommune.Protocols.Docx.DocxWriter.WriteToBytes(result.Meeting));
    }

    private static ImportException Refused(byte[] input) => Refused(new MemoryStream(input));

    private static ImportException Refused(Stream input)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ImportException>(() => MeetingImporter.Import(input));
        Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        return error;
    }

    /// <summary>An XML document that never ends: a Publication root and then the same element forever, up to a size.</summary>
    private sealed class EndlessXml(long size) : Stream
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("<Publication><Agendas>");
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("<Agenda><Items><Item><Caption>Punkt</Caption></Item></Items></Agenda>");
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => size;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, size - position);
            for (var i = 0; i < n; i++)
            {
                var at = position + i;
                buffer[offset + i] = at < Head.Length ? Head[at] : Body[(at - Head.Length) % Body.Length];
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
