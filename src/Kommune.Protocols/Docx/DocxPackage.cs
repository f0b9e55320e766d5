using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Kommune.Protocols.Docx;

/// <summary>
/// Writes the parts of a DOCX straight into a zip with a fixed entry time, a fixed compression
/// level and entries in the order they are written, so the same content gives the same bytes.
/// The output is always written forward-only (data descriptors), whether or not the target can
/// seek, so <see cref="DocxWriter.Write"/> and <see cref="DocxWriter.WriteToBytes"/> agree.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    /// <summary>The earliest time a zip entry can hold; no clock is read.</summary>
    internal static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // One writer serves every part (a fragment writer, so it can start again after a root element
    // closes): an XmlWriter's buffers cost about 7 KB, as much as a small paper's whole body part.
    private static readonly XmlWriterSettings PartSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        Indent = false,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    // What XmlWriter.WriteStartDocument(standalone: true) writes with the settings above.
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";

    private readonly ZipArchive zip;
    private readonly PartTarget target = new();
    private XmlWriter? xml;

    public DocxPackage(Stream output) =>
        zip = new ZipArchive(new ForwardOnlyStream(output), ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null);

    /// <summary>Opens a new entry for writing; dispose the stream before opening the next.</summary>
    public Stream OpenEntry(string path)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    /// <summary>Writes a whole part from bytes made earlier.</summary>
    public void WriteBytes(string path, byte[] bytes)
    {
        using var stream = OpenEntry(path);
        stream.Write(bytes);
    }

    /// <summary>
    /// Writes a whole part as XML: the declaration, then what <paramref name="write"/> writes,
    /// which must close every element it opens (the part's root included).
    /// </summary>
    public void WriteXml(string path, Action<XmlWriter> write)
    {
        using var stream = OpenEntry(path);
        target.Entry = stream;
        try
        {
            xml ??= XmlWriter.Create(target, PartSettings);
            xml.WriteRaw(Declaration);
            write(xml);
            xml.Flush();
        }
        catch
        {
            // A writer left inside a part is dropped, so nothing it holds reaches another part.
            xml = null;
            throw;
        }
        finally
        {
            target.Entry = null;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        xml?.Dispose();
        zip.Dispose();
    }

    /// <summary>The entry the shared XML writer writes to; nothing between two parts.</summary>
    private sealed class PartTarget : Stream
    {
        public Stream? Entry { get; set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => Entry?.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Current.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => Current.Write(buffer);

        private Stream Current => Entry ?? throw new InvalidOperationException("No part is open.");
    }

    /// <summary>A write-only view of a stream that hides seeking, so the zip layout never depends on the target.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
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

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            written += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            written += buffer.Length;
        }
    }
}
