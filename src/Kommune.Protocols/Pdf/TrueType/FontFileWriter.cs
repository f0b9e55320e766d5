using System.Buffers.Binary;
using System.Numerics;

namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// Puts tables together into one TrueType file: the directory sorted by tag with its binary-search
/// fields, each table on a 4-byte boundary with its checksum, and the whole-file checksum in
/// <c>head</c>, which readers and validators check.
/// </summary>
internal static class FontFileWriter
{
    private const int HeaderSize = 12;
    private const int RecordSize = 16;
    private const int CheckSumAdjustment = 8;
    private const uint ChecksumMagic = 0xB1B0AFBA;

    public static byte[] Write(IReadOnlyList<(string Tag, byte[] Bytes)> tables)
    {
        var sorted = tables.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Tag, b.Tag));

        var size = HeaderSize + (RecordSize * sorted.Length);
        foreach (var (_, bytes) in sorted)
        {
            size += Padded(bytes.Length);
        }

        var file = new byte[size];
        var span = file.AsSpan();
        var count = sorted.Length;
        var selector = BitOperations.Log2((uint)count);
        var searchRange = RecordSize << selector;
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * RecordSize) - searchRange));

        var offset = HeaderSize + (RecordSize * count);
        var head = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, bytes) = sorted[i];
            bytes.CopyTo(span[offset..]);
            if (tag == "head")
            {
                // The table's own checksum, like the file's, is taken with the adjustment zeroed.
                head = offset;
                span.Slice(offset + CheckSumAdjustment, 4).Clear();
            }

            var record = span[(HeaderSize + (RecordSize * i))..];
            for (var c = 0; c < 4; c++)
            {
                record[c] = (byte)tag[c];
            }

            BinaryPrimitives.WriteUInt32BigEndian(record[4..], FontChecksum.Of(span.Slice(offset, bytes.Length)));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)bytes.Length);
            offset += Padded(bytes.Length);
        }

        if (head >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(head + CheckSumAdjustment)..], ChecksumMagic - FontChecksum.Of(span));
        }

        return file;
    }

    public static int Padded(int length) => (length + 3) & ~3;
}
