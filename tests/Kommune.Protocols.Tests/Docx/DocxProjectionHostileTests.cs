using System.Diagnostics;
using System.Text;
using Kommune.Protocols.Docx;
using Xunit.Abstractions;
using static Kommune.Protocols.Tests.Docx.DocxProjectionFixtures;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>Runs the hostile projection tests alone, so their time and memory are their own.</summary>
[CollectionDefinition(nameof(DocxProjectionHostileTests), DisableParallelization = true)]
public class DocxProjectionHostileCollection
{
}

/// <summary>
/// Hostile DOCX files, each built in code and small on disk, that killed or stalled the SDK-based
/// projection (20,000 nested tables overflowed the stack; a 1 MB zip bomb took 79 s and 16 GB):
/// each is refused with <see cref="DocxProjectionException"/> within 2 s and 256 MB allocated,
/// naming the limit it passed where it passed one, and the process lives on.
/// </summary>
[Collection(nameof(DocxProjectionHostileTests))]
public class DocxProjectionHostileTests(ITestOutputHelper output)
{
    private const long Gigabyte = 1L << 30;
    private const int Million = 1_000_000;
    private const long MaxAllocated = 256L * 1024 * 1024;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    private static readonly Dictionary<string, HostileCase> Cases = new HostileCase[]
    {
        // Nesting: a million levels, refused at the 256th.
        new("tables nested 1,000,000 deep", () => Nested("word/document.xml", DocumentHead, "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", Million / 3, DocumentTail), "MaxDepth"),
        new("hyperlinks nested 1,000,000 deep", () => Nested("word/document.xml", DocumentHead + "<w:p>", "<w:hyperlink>", "</w:hyperlink>", Million, "</w:p>" + DocumentTail), "MaxDepth"),
        new("insertions nested 1,000,000 deep", () => Nested("word/document.xml", DocumentHead + "<w:p>", "<w:ins>", "</w:ins>", Million, "</w:p>" + DocumentTail), "MaxDepth"),
        new("paragraphs nested 1,000,000 deep", () => Nested("word/document.xml", DocumentHead, "<w:p>", "</w:p>", Million, DocumentTail), "MaxDepth"),
        new("content controls nested 1,000,000 deep", () => Nested("word/document.xml", DocumentHead, "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", Million / 2, DocumentTail), "MaxDepth"),
        new("tables nested 1,000,000 deep in the header", () => Nested("word/header1.xml", "<w:hdr xmlns:w=\"" + W + "\">", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", Million / 3, "</w:hdr>"), "MaxDepth", "/word/header1.xml"),
        new("styles nested 1,000,000 deep", () => Nested("word/styles.xml", "<w:styles xmlns:w=\"" + W + "\">", "<w:style>", "</w:style>", Million, "</w:styles>"), "MaxDepth", "/word/styles.xml"),
        new("content types nested 1,000,000 deep", () => Nested("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">", "<Types>", "</Types>", Million, "</Types>"), "MaxDepth", "/[Content_Types].xml"),

        // Zip bombs: a part that expands to a gigabyte.
        new("1 GB of zeros as the document", () => Bomb("word/document.xml", ("\0", Gigabyte)), null, "/word/document.xml", "not well-formed"),
        new("1 GB of empty paragraphs", () => Bomb("word/document.xml", (DocumentHead, 1), ("<w:p/>", Gigabyte / 6), (DocumentTail, 1)), "MaxOutputLength"),
        new("1 GB of empty elements the projection skips", () => Bomb("word/document.xml", (DocumentHead, 1), ("<w:bookmarkEnd/>", Gigabyte / 16), (DocumentTail, 1)), "MaxNodes"),
        new("1 GB of comments", () => Bomb("word/document.xml", (DocumentHead, 1), ("<!---->", Gigabyte / 7), (DocumentTail, 1)), "MaxNodes"),
        new("1 GB of 1 KB attribute values", () => Bomb("word/document.xml", (DocumentHead, 1), ("<w:bookmarkStart w:name=\"" + new string('n', 1000) + "\"/>", Gigabyte / 1024), (DocumentTail, 1)), "MaxUncompressedBytes"),
        new("1 GB in one attribute value", () => Bomb("word/document.xml", (DocumentHead + "<w:p w:rsidR=\"", 1), ("A", Gigabyte), ("\"/>" + DocumentTail, 1)), "MaxNodeLength"),
        new("1 GB of text in one w:t", () => Bomb("word/document.xml", (DocumentHead + "<w:p><w:r><w:t>", 1), ("tekst ", Gigabyte / 6), ("</w:t></w:r></w:p>" + DocumentTail, 1)), "MaxLineLength"),
        new("1 GB of whitespace between paragraphs", () => Bomb("word/document.xml", (DocumentHead + "<w:p/>", 1), (" ", Gigabyte), ("<w:p/>" + DocumentTail, 1)), "MaxNodeLength"),
        new("1 GB in one comment", () => Bomb("word/document.xml", (DocumentHead + "<!--", 1), ("x", Gigabyte), ("-->" + DocumentTail, 1)), "MaxNodeLength"),
        new("1 GB of 1 KB paragraphs", () => Bomb("word/document.xml", (DocumentHead, 1), ("<w:p><w:r><w:t>" + new string('x', 1000) + "</w:t></w:r></w:p>", Gigabyte / 1024), (DocumentTail, 1)), "MaxOutputLength"),
        new("1 GB of zeros as the styles", () => Bomb("word/styles.xml", ("\0", Gigabyte)), null, "/word/styles.xml", "not well-formed"),
        new("a 1 MB header printed by 100,000 sections", HeaderAmplification, "MaxOutputLength"),
        new("a paragraph of 2 MB in 1 KB runs", () => Bomb("word/document.xml", (DocumentHead + "<w:p>", 1), ("<w:r><w:t>" + new string('x', 1000) + "</w:t></w:r>", 2048), ("</w:p>" + DocumentTail, 1)), "MaxLineLength"),

        // DTDs: entity expansion and external entities.
        new("billion laughs", () => SeedWithXml("word/document.xml", BillionLaughs()), null, "/word/document.xml", "DTD"),
        new("an external entity", () => SeedWithXml("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + DocumentHead[DocumentHead.IndexOf("<w:document", StringComparison.Ordinal)..] + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>" + DocumentTail), null, "/word/document.xml", "DTD"),
        new("a DTD in the content types", () => SeedWithXml("[Content_Types].xml", "<!DOCTYPE Types SYSTEM \"http://example.invalid/types.dtd\"><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), null, "/[Content_Types].xml", "DTD"),

        // Parts.
        new("12,000 zip entries", () => Zip([.. Entries(Seed), .. Enumerable.Range(0, 12_000).Select(i => ($"padding/{i}.xml", Array.Empty<byte>()))]), "MaxEntries"),
        new("two entries with one name", () => Zip([.. Entries(Seed), ("Word/Document.xml", Utf8(DocumentHead + DocumentTail))]), null, null, "two entries"),
        new("no main document relationship", () => SeedWithXml("_rels/.rels", Relationships()), null, null, "no main document"),
        new("no package relationships", () => Replace(Seed, ("_rels/.rels", null)), null, null, "no main document"),
        new("two main document relationships", () => SeedWithXml("_rels/.rels", Relationships(("officeDocument", "word/document.xml"), ("officeDocument", "word/document.xml"))), null, null, "2 main document"),
        new("the main document missing", () => Replace(Seed, ("word/document.xml", null)), null, null, "not in the zip"),
        new("the main document outside the package root", () => SeedWithXml("_rels/.rels", Relationships(("officeDocument", "../../document.xml"))), null, null, "not in the zip"),
        new("the main document as plain XML", () => SeedWithXml("[Content_Types].xml", ContentTypes(("/word/document.xml", "application/xml"))), null, "/word/document.xml", "content type application/xml"),
        new("the main document with a header's root", () => SeedWithXml("word/document.xml", "<w:hdr xmlns:w=\"" + W + "\"/>"), null, "/word/document.xml", "root element w:hdr"),
        new("the main document in invalid UTF-8", () => Replace(Seed, ("word/document.xml", [.. Utf8(DocumentHead + "<w:p><w:r><w:t>"), 0xC3, 0x28, 0xFF, .. Utf8("</w:t></w:r></w:p>" + DocumentTail)])), null, "/word/document.xml", "UTF-8"),
        new("the main document in UTF-32", () => Replace(Seed, ("word/document.xml", [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(DocumentHead + DocumentTail)])), null, "/word/document.xml", "well-formed"),
        new("a header reference to a relationship that does not exist", () => SeedWithBody("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId999\"/></w:sectPr>"), null, "/word/document.xml", "rId999"),

        // Relationship loops: a part the document points back at.
        new("a header relationship pointing at the document", () => Replace(SeedWithBody("<w:sectPr><w:headerReference r:id=\"rId2\"/></w:sectPr>"), ("word/_rels/document.xml.rels", Utf8(Relationships(("styles", "styles.xml"), ("header", "document.xml"))))), null, "/word/document.xml", "loop"),
        new("a styles relationship pointing at the document", () => SeedWithXml("word/_rels/document.xml.rels", Relationships(("styles", "../word/./document.xml"))), null, "/word/document.xml", "loop"),
        new("the package relationships as the main document", () => SeedWithXml("_rels/.rels", Relationships(("officeDocument", "_rels/.rels"))), null, "/_rels/.rels", "content type"),

        // Not a DOCX at all.
        new("empty", () => [], null, null, "not a readable zip"),
        new("random bytes", () => RandomBytes(100_000, seed: 1), null, null, "not a readable zip"),
        new("a text file", () => Utf8("Dagsorden for Økonomiudvalget\n"), null, null, "not a readable zip"),
        new("a PDF header", () => Utf8("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n"), null, null, "not a readable zip"),
        new("the document XML without its zip", () => Entries(Seed).Single(e => e.Name == "word/document.xml").Content, null, null, "not a readable zip"),
        new("the DOCX cut in half", () => Seed[..(Seed.Length / 2)], null, null, "not a readable zip"),
        new("the DOCX without its last byte", () => Seed[..^1], null, null, "not a readable zip"),
        new("the DOCX's first 100 bytes", () => Seed[..100], null, null, "not a readable zip"),
        new("the DOCX with its compressed document scrambled", ScrambledDocument, null, "/word/document.xml", null),
        new("an ODT", OpenDocumentText, null, null, "no [Content_Types].xml"),
        new("an XLSX", Spreadsheet, null, "/xl/workbook.xml", "content type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Is_refused_within_2_seconds_and_256_MB(string name)
    {
        var hostile = Cases[name];
        var docx = hostile.Build();
        Assert.True(docx.Length < 4_000_000, $"the hostile file is {docx.Length:N0} bytes: not small on disk");

        var (error, elapsed, allocated) = Measure(() => DocxTextProjection.Project(docx));

        output.WriteLine($"{name}: {docx.Length:N0} bytes, refused in {elapsed.TotalMilliseconds:N0} ms (CPU), {allocated / 1e6:N1} MB allocated: {error?.Message}");
        var refused = Assert.IsType<DocxProjectionException>(error);
        Assert.Equal(hostile.Limit, refused.Limit);
        if (hostile.Part is not null)
        {
            Assert.Equal(hostile.Part, refused.PartName);
        }

        if (hostile.MessagePart is not null)
        {
            Assert.Contains(hostile.MessagePart, refused.Message, StringComparison.Ordinal);
        }

        Assert.True(elapsed < MaxTime, $"took {elapsed.TotalMilliseconds:N0} ms on the CPU: {refused.Message}");
        Assert.True(allocated < MaxAllocated, $"allocated {allocated:N0} bytes: {refused.Message}");
    }

    [Fact]
    public void A_million_nested_tables_are_refused_on_a_256_KB_stack()
    {
        var docx = Cases["tables nested 1,000,000 deep"].Build();
        Exception? error = null;
        var elapsed = TimeSpan.Zero;
        var allocated = 0L;
        var thread = new Thread(() => (error, elapsed, allocated) = Measure(() => DocxTextProjection.Project(docx)), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.Equal("MaxDepth", Assert.IsType<DocxProjectionException>(error).Limit);
        Assert.True(elapsed < MaxTime, $"took {elapsed.TotalMilliseconds:N0} ms");
        Assert.True(allocated < MaxAllocated, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Even_the_deepest_nesting_allowed_fits_a_256_KB_stack()
    {
        // MaxDepth raised past anything a recursive reader could survive on a small stack:
        // 100,000 levels are read to the end, so nothing on the way recurses per level.
        var docx = Nested("word/document.xml", DocumentHead + "<w:p>", "<w:hyperlink>", "</w:hyperlink>", 100_000, "<w:r><w:t>x</w:t></w:r></w:p>" + DocumentTail);
        var options = new DocxProjectionOptions { MaxDepth = 200_000 };
        string? text = null;
        var thread = new Thread(() => text = DocxTextProjection.Project(docx, options), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.Equal("[Normal] x\n", text);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_by_ProjectAsync_as_well()
    {
        var docx = Cases["1 GB of empty paragraphs"].Build();
        await using var stream = new AsyncOnlyStream(docx);
        DocxTextProjection.Project(Seed);

        // The awaits may move the work between threads: the whole process's CPU time bounds it.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var error = await Record.ExceptionAsync(() => DocxTextProjection.ProjectAsync(stream));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        Assert.Equal("MaxOutputLength", Assert.IsType<DocxProjectionException>(error).Limit);
        Assert.True(cpu < MaxTime, $"took {cpu.TotalMilliseconds:N0} ms of CPU");
    }

    [Fact]
    public void The_zip_bombs_are_honest_zips()
    {
        // The bomb writer is checked on a small bomb: every byte and the CRC are what they claim.
        var docx = Bomb("word/document.xml", (DocumentHead, 1), ("<w:p/>", 1_000_000), (DocumentTail, 1));

        var content = Entries(docx).Single(e => e.Name == "word/document.xml").Content;

        Assert.Equal(DocumentHead + string.Concat(Enumerable.Repeat("<w:p/>", 1_000_000)) + DocumentTail, Encoding.UTF8.GetString(content));
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        Assert.Equal(ZipBomb.Crc32.Of(content), archive.GetEntry("word/document.xml")!.Crc32);
        Assert.True(docx.Length < 60_000, $"{docx.Length:N0} bytes");
        Assert.StartsWith("[Normal] \n[Normal] \n", DocxTextProjection.Project(docx), StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs a projection and measures it: the time is the projecting thread's own CPU time where
    /// the system says it (Linux), else the wall-clock time, because on a shared machine the
    /// wall clock mostly measures the neighbours; a wall clock far past the limit still fails.
    /// </summary>
    internal static (Exception? Error, TimeSpan Elapsed, long Allocated) Measure(Action project)
    {
        // Warm up on a good document first: the first call pays for loading and compiling code.
        DocxTextProjection.Project(Seed);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuTime();
        var watch = Stopwatch.StartNew();
        var error = Record.Exception(project);
        watch.Stop();
        var cpu = ThreadCpuTime() - cpuBefore;
        Assert.True(watch.Elapsed < 10 * MaxTime, $"took {watch.Elapsed.TotalMilliseconds:N0} ms of wall-clock time");
        return (error, cpu ?? watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    // Linux's per-thread scheduler statistics: the first number is the nanoseconds on a CPU.
    private static TimeSpan? ThreadCpuTime()
    {
        try
        {
            var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
            return TimeSpan.FromTicks(long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture) / 100);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static byte[] Nested(string entry, string head, string open, string close, int levels, string tail) =>
        DocxProjectionFixtures.Bomb(entry, (head, 1), (open, levels), (close, levels), (tail, 1));

    private static byte[] SeedWithXml(string entry, string xml) => Replace(Seed, (entry, Utf8(xml)));

    private static byte[] HeaderAmplification()
    {
        var header = "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:r><w:t>" + new string('h', 1_000_000) + "</w:t></w:r></w:p></w:hdr>";
        var docx = DocxProjectionFixtures.Bomb("word/document.xml", (DocumentHead, 1), ("<w:sectPr><w:headerReference r:id=\"rId4\"/></w:sectPr>", 100_000), (DocumentTail, 1));
        return Replace(docx, ("word/header1.xml", Utf8(header)));
    }

    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            dtd.Append("<!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">");
        }

        return dtd + "]>" + DocumentHead[DocumentHead.IndexOf("<w:document", StringComparison.Ordinal)..] + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>" + DocumentTail;
    }

    private static string Relationships(params (string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select((r, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{R}/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static string ContentTypes(params (string Part, string Type)[] overrides) =>
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + string.Concat(overrides.Select(o => $"<Override PartName=\"{o.Part}\" ContentType=\"{o.Type}\"/>"))
        + "</Types>";

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    // The document's deflated bytes overwritten with noise: the zip directory is intact, the data is not.
    private static byte[] ScrambledDocument()
    {
        var docx = (byte[])Seed.Clone();
        long compressed;
        using (var archive = new System.IO.Compression.ZipArchive(new MemoryStream(Seed)))
        {
            compressed = archive.GetEntry("word/document.xml")!.CompressedLength;
        }

        // The entry's local header: "PK\x03\x04", 26 more fixed bytes (the extra field's length
        // at 28), the name, the extra field, then the data. The name alone also occurs in
        // [Content_Types].xml, so the signature before it is what tells the header.
        var name = Encoding.UTF8.GetBytes("word/document.xml");
        var header = Enumerable.Range(30, docx.Length - 30 - name.Length)
            .First(i => docx.AsSpan(i, name.Length).SequenceEqual(name) && docx.AsSpan(i - 30, 4).SequenceEqual("PK\u0003\u0004"u8)) - 30;
        var data = header + 30 + name.Length + BitConverter.ToUInt16(docx, header + 28);
        RandomBytes((int)compressed, seed: 2).CopyTo(docx, data);
        return docx;
    }

    private static byte[] OpenDocumentText() => Zip(
        ("mimetype", Utf8("application/vnd.oasis.opendocument.text")),
        ("META-INF/manifest.xml", Utf8("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")),
        ("content.xml", Utf8("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>Dagsorden</text:p></office:text></office:body></office:document-content>")));

    private static byte[] Spreadsheet() => Zip(
        ("[Content_Types].xml", Utf8(ContentTypes(("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")))),
        ("_rels/.rels", Utf8(Relationships(("officeDocument", "xl/workbook.xml")))),
        ("xl/workbook.xml", Utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" + R + "\"><sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels", Utf8(Relationships(("worksheet", "worksheets/sheet1.xml")))),
        ("xl/worksheets/sheet1.xml", Utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")));

    /// <summary>One hostile file, the limit it must be refused for (null: refused for what it is), the part named and a piece of the message.</summary>
    private sealed record HostileCase(string Name, Func<byte[]> Build, string? Limit, string? Part = null, string? MessagePart = null);
}
