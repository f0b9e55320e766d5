using System.Buffers.Binary;

namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>The sfnt checksum: the sum of big-endian 32-bit words, the last one padded with zeros.</summary>
internal static class FontChecksum
{
    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var sum = 0u;
        var whole = bytes.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]);
        }

        for (var i = whole; i < bytes.Length; i++)
        {
            sum += (uint)bytes[i] << (24 - (8 * (i - whole)));
        }

        return sum;
    }
}
