using System.IO.Compression;
using System.Security.Cryptography;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// A PDF file being written front to back into a stream: object numbers are handed out before
/// the objects are written (so a page can point at its parent before the page tree exists), each
/// object's position is kept for the cross-reference table, streams are deflated as they are
/// written, and finished objects go to the target in chunks, so memory does not grow with the
/// document. Dictionaries are packed into compressed object streams and the cross-reference
/// table is a compressed stream too (PDF 1.5), which makes a long paper's file about a third of
/// its plain size. The file identifier is a hash of the content (<see cref="ContentId"/>).
/// </summary>
internal sealed class PdfFile : IDisposable
{
    private const int Chunk = 256 * 1024;
    private const int MinCompressed = 512;

    // For each object number: where it is (type 1: at an offset; type 2: in an object stream; 0: not yet written).
    private readonly List<XrefEntry> entries = [new(0, 0, 65535)];
    private readonly ObjectStream packed = new();
    private readonly PdfBytes scratch = new(64 * 1024);
    private readonly MemoryStream deflated = new();
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Stream output;
    private bool hashing = true;

    // Bytes already sent to the target.
    private long sent;

    public PdfFile(Stream output)
    {
        this.output = output;
        Bytes = new PdfBytes(Chunk + (Chunk / 4));

        // A binary comment after the header tells transfer programs the file is not text.
        Bytes.Raw("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
    }

    /// <summary>The file's bytes not yet sent to the target.</summary>
    public PdfBytes Bytes { get; }

    /// <summary>The position in the file of the next byte written.</summary>
    private long Position => sent + Bytes.Length;

    /// <summary>A number for an object that will be written later.</summary>
    public int Reserve()
    {
        entries.Add(default);
        return entries.Count - 1;
    }

    /// <summary>Starts the dictionary (or other non-stream) object <paramref name="number"/>: write its value to what is returned, then call <see cref="End"/>.</summary>
    public PdfBytes Begin(int number)
    {
        Unwritten(number);
        var index = packed.Add(number, Reserve);
        entries[number] = new XrefEntry(2, packed.Number, index);
        return packed.Body;
    }

    public void End()
    {
        packed.Body.Byte((byte)'\n');
        if (packed.Full)
        {
            WritePacked();
        }
    }

    /// <summary>Writes a new object holding <paramref name="dictionary"/>'s entries (without the brackets) and returns its number.</summary>
    public int Add(Action<PdfBytes> dictionary)
    {
        var number = Reserve();
        Dictionary(number, dictionary);
        return number;
    }

    public void Dictionary(int number, Action<PdfBytes> entries)
    {
        var bytes = Begin(number).Raw("<<"u8);
        entries(bytes);
        bytes.Raw(">>"u8);
        End();
    }

    /// <summary>
    /// Writes object <paramref name="number"/> as a stream of <paramref name="data"/>, deflated
    /// unless <paramref name="compress"/> is false or the data is under 512 bytes;
    /// <paramref name="extra"/> adds the dictionary's other entries.
    /// </summary>
    public void Stream(int number, ReadOnlySpan<byte> data, bool compress, Action<PdfBytes>? extra = null)
    {
        // A tiny stream (a page's foot) is left as it is: setting up a deflater costs more than the bytes it would save.
        compress &= data.Length >= MinCompressed;
        var body = data;
        if (compress)
        {
            deflated.SetLength(0);
            using (var zlib = Deflater(deflated))
            {
                zlib.Write(data);
            }

            body = deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
        }

        Unwritten(number);
        entries[number] = new XrefEntry(1, Position, 0);
        var bytes = Bytes.Int(number).Raw(" 0 obj\n<<"u8);
        extra?.Invoke(bytes);
        if (compress)
        {
            bytes.Raw("/Filter/FlateDecode"u8);
        }

        bytes.Raw("/Length "u8).Int(body.Length).Raw(">>\nstream\n"u8).Raw(body).Raw("\nendstream\nendobj\n"u8);
        if (Bytes.Length >= Chunk)
        {
            Send();
        }
    }

    /// <summary>Writes the cross-reference stream (with the trailer's entries and the file identifier <paramref name="id"/>); every reserved object must have been written.</summary>
    public void Finish(int catalog, int info, ReadOnlySpan<byte> id)
    {
        WritePacked();
        var xref = Reserve();
        var start = Position;
        scratch.Clear();
        for (var number = 0; number < entries.Count; number++)
        {
            // The cross-reference stream is where it is about to be written.
            var entry = number == xref ? new XrefEntry(1, start, 0) : entries[number];
            if (entry.Type == 0 && number != 0)
            {
                throw new InvalidOperationException($"Object {number} was reserved but never written.");
            }

            if (entry.Field2 > uint.MaxValue)
            {
                throw new InvalidOperationException("The PDF is larger than 4 GB.");
            }

            scratch.Byte(entry.Type)
                .Byte((byte)(entry.Field2 >> 24)).Byte((byte)(entry.Field2 >> 16)).Byte((byte)(entry.Field2 >> 8)).Byte((byte)entry.Field2)
                .Byte((byte)(entry.Field3 >> 8)).Byte((byte)entry.Field3);
        }

        var size = entries.Count;
        var identifier = id.ToArray();
        Stream(xref, scratch.Written, compress: true, b =>
        {
            b.Raw("/Type/XRef/Size "u8).Int(size).Raw("/W[1 4 2]/Root "u8).Ref(catalog).Raw("/Info "u8).Ref(info).Raw("/ID[<"u8);
            Hex(b, identifier);
            b.Raw("><"u8);
            Hex(b, identifier);
            b.Raw(">]"u8);
        });
        Bytes.Raw("startxref\n"u8).Int(start).Raw("\n%%EOF\n"u8);
        Send();
        output.Flush();
    }

    /// <summary>A 16-byte hash of the file so far: the file identifier, and the metadata's document id. Called once, before the metadata is written.</summary>
    public byte[] ContentId()
    {
        WritePacked();
        Send();
        hashing = false;
        return hash.GetHashAndReset()[..16];
    }

    public void Dispose()
    {
        hash.Dispose();
        deflated.Dispose();
    }

#if NET9_0_OR_GREATER
    // zlib level 2: a quarter less time than the default level 6 on the content streams of a long
    // paper, for a file about 2% larger (seed: 83.1 KB against 81.5 KB).
    private static ZLibStream Deflater(Stream target) => new(target, new ZLibCompressionOptions { CompressionLevel = 2 }, leaveOpen: true);
#else
    private static ZLibStream Deflater(Stream target) => new(target, CompressionLevel.Optimal, leaveOpen: true);
#endif

    private void Send()
    {
        if (hashing)
        {
            hash.AppendData(Bytes.Written);
        }

        output.Write(Bytes.Written);
        sent += Bytes.Length;
        Bytes.Clear();
    }

    private static void Hex(PdfBytes bytes, byte[] id)
    {
        foreach (var b in id)
        {
            bytes.Hex(b);
        }
    }

    private void Unwritten(int number)
    {
        if (entries[number].Type != 0)
        {
            throw new InvalidOperationException($"Object {number} was written twice.");
        }
    }

    private void WritePacked()
    {
        if (packed.Count == 0)
        {
            return;
        }

        packed.CopyTo(scratch, out var first);
        var count = packed.Count;
        var number = packed.Number;
        packed.Clear();
        Stream(number, scratch.Written, compress: true, b => b.Raw("/Type/ObjStm/N "u8).Int(count).Raw("/First "u8).Int(first));
    }

    private readonly record struct XrefEntry(byte Type, long Field2, int Field3);
}
