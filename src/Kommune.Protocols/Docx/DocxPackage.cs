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

    internal static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        Indent = false,
    };

    private readonly ZipArchive zip;

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

    /// <summary>Writes a part with a plain <see cref="XmlWriter"/> (package-level XML the SDK has no class for).</summary>
    public void WriteXml(string path, Action<XmlWriter> write)
    {
        using var stream = OpenEntry(path);
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    public void Dispose() => zip.Dispose();

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
