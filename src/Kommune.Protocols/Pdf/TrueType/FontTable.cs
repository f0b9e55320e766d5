using System.Buffers.Binary;

namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// A window on the font file (a table, or one glyph inside <c>glyf</c>) read big-endian. Every read
/// is checked against the window's own length, so an offset or count that lies in a damaged font
/// becomes an <see cref="InvalidDataException"/> that says where, never an out-of-range read.
/// </summary>
internal readonly struct FontTable
{
    private readonly byte[] data;
    private readonly int start;

    public FontTable(string name, byte[] data, int start, int length)
    {
        Name = name;
        this.data = data;
        this.start = start;
        Length = length;
    }

    /// <summary>What the window is, for error messages: <c>'cmap' table</c>, <c>glyph 12 in the 'glyf' table</c>.</summary>
    public string Name { get; }

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => data.AsSpan(start, Length);

    public ushort UInt16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(Span(offset, 2));

    public short Int16(int offset) => BinaryPrimitives.ReadInt16BigEndian(Span(offset, 2));

    public uint UInt32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(Span(offset, 4));

    public int Int32(int offset) => BinaryPrimitives.ReadInt32BigEndian(Span(offset, 4));

    /// <summary>An offset read from the font (unsigned 32-bit), checked to point inside this window.</summary>
    public int Offset(int offset)
    {
        var value = UInt32(offset);
        return value <= (uint)Length
            ? (int)value
            : throw Malformed($"the offset {value} at byte {offset} points past its end ({Length} bytes)");
    }

    /// <summary>The part of this window at <paramref name="offset"/>, checked to lie inside it.</summary>
    public FontTable Slice(string name, int offset, long length)
    {
        Require(offset, length);
        return new FontTable(name, data, start + offset, (int)length);
    }

    /// <summary>Throws unless <paramref name="size"/> bytes at <paramref name="offset"/> lie inside the window.</summary>
    public void Require(long offset, long size)
    {
        if (offset < 0 || size < 0 || offset + size > Length)
        {
            throw Malformed($"it is {Length} bytes long, too short for {size} bytes at offset {offset}");
        }
    }

    public InvalidDataException Malformed(string what) => new($"The font's {Name} is malformed: {what}.");

    private ReadOnlySpan<byte> Span(int offset, int size)
    {
        Require(offset, size);
        return data.AsSpan(start + offset, size);
    }
}
