using System.Buffers.Binary;
using System.Text;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// A deliberately plain reader of a TrueType file's directory and glyphs, written apart from the
/// library's reader so the subset tests do not check the subsetter with its own code.
/// </summary>
internal sealed class SfntFile
{
    public SfntFile(byte[] data)
    {
        Data = data;
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + (16 * i), 16);
            Tables.Add(new Table(
                Encoding.ASCII.GetString(record[..4]),
                BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }
    }

    public byte[] Data { get; }

    public List<Table> Tables { get; } = [];

    public ReadOnlySpan<byte> this[string tag]
    {
        get
        {
            var table = Tables.Single(t => t.Tag == tag);
            return Data.AsSpan(table.Offset, table.Length);
        }
    }

    /// <summary>Glyph <paramref name="id"/>'s bytes in glyf, as loca bounds them.</summary>
    public byte[] Glyph(int id)
    {
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(this["head"][50..]) == 1;
        var loca = this["loca"];
        var (start, end) = longOffsets
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * id)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * (id + 1))..]))
            : (BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * id)..]) * 2, BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * (id + 1))..]) * 2);
        return this["glyf"][start..end].ToArray();
    }

    /// <summary>The sum of big-endian 32-bit words, the last padded with zeros.</summary>
    public static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var padded = new byte[(bytes.Length + 3) / 4 * 4];
        bytes.CopyTo(padded);
        var sum = 0u;
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(i));
        }

        return sum;
    }

    public sealed record Table(string Tag, uint Checksum, int Offset, int Length);
}
