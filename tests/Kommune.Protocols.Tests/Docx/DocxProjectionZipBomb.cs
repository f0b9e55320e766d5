using System.IO.Compression;
using System.Text;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// Writes honest zip files (true sizes, true CRC-32) whose entries may expand to gigabytes, in
/// well under a second. Repeated text is deflated chunk by chunk with a sync flush after each:
/// once the compressor's 32 KB window holds nothing but the repeated text, every further chunk
/// deflates to the same bytes, so those bytes are written as many times as the chunks they
/// stand for, instead of compressing the gigabyte. The CRC-32 of the repeats is computed with
/// zlib's crc32_combine (GF(2) matrices), again without the gigabyte.
/// </summary>
internal static class ZipBomb
{
    private const int ChunkBytes = 256 * 1024;

    public static byte[] Write(IReadOnlyList<Entry> entries)
    {
        var output = new MemoryStream();
        var writer = new BinaryWriter(output);
        var offsets = new List<long>();
        foreach (var entry in entries)
        {
            offsets.Add(output.Position);
            writer.Write(0x04034b50u);
            Header(writer, entry);
            writer.Write(Encoding.UTF8.GetBytes(entry.Name));
            foreach (var (bytes, times) in entry.Deflated)
            {
                for (long i = 0; i < times; i++)
                {
                    writer.Write(bytes);
                }
            }
        }

        var directory = output.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            writer.Write(0x02014b50u);
            writer.Write((ushort)20);
            Header(writer, entries[i]);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(checked((uint)offsets[i]));
            writer.Write(Encoding.UTF8.GetBytes(entries[i].Name));
        }

        var directorySize = output.Position - directory;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write(checked((ushort)entries.Count));
        writer.Write(checked((ushort)entries.Count));
        writer.Write(checked((uint)directorySize));
        writer.Write(checked((uint)directory));
        writer.Write((ushort)0);
        writer.Flush();
        return output.ToArray();
    }

    // The fields local and central headers share: version 2.0, no flags, deflate, 1980-01-01.
    private static void Header(BinaryWriter writer, Entry entry)
    {
        writer.Write((ushort)20);
        writer.Write((ushort)0);
        writer.Write((ushort)8);
        writer.Write((ushort)0);
        writer.Write((ushort)0x21);
        writer.Write(entry.Crc);
        writer.Write(checked((uint)entry.Deflated.Sum(d => d.Bytes.LongLength * d.Times)));
        writer.Write(checked((uint)entry.Length));
        writer.Write(checked((ushort)Encoding.UTF8.GetByteCount(entry.Name)));
        writer.Write((ushort)0);
    }

    /// <summary>One entry: its deflated data as (bytes, how many times in a row), CRC-32 and length.</summary>
    public sealed record Entry(string Name, IReadOnlyList<(byte[] Bytes, long Times)> Deflated, uint Crc, long Length)
    {
        public static Entry Of(string name, byte[] content) => Compressor.Run(name, [(content, 1)]);

        /// <summary>An entry made of UTF-8 text pieces, each repeated.</summary>
        public static Entry Repeating(string name, params (string Text, long Times)[] pieces) =>
            Compressor.Run(name, [.. pieces.Select(p => (Encoding.UTF8.GetBytes(p.Text), p.Times))]);
    }

    private sealed class Compressor
    {
        private readonly MemoryStream output = new();
        private readonly DeflateStream deflate;
        private readonly List<(byte[] Bytes, long Times)> deflated = [];
        private uint crc;
        private long length;

        private Compressor() => deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);

        public static Entry Run(string name, (byte[] Unit, long Times)[] pieces)
        {
            var compressor = new Compressor();
            foreach (var (unit, times) in pieces)
            {
                compressor.Repeat(unit, times);
            }

            compressor.deflate.Dispose();
            compressor.deflated.Add((compressor.TakeSegment(), 1));
            return new Entry(name, compressor.deflated, compressor.crc, compressor.length);
        }

        private void Repeat(byte[] unit, long times)
        {
            var unitsPerChunk = Math.Max(1, ChunkBytes / Math.Max(1, unit.Length));
            var chunks = times / unitsPerChunk;
            if (chunks < 4)
            {
                Add(Repeated(unit, times));
                return;
            }

            var chunk = Repeated(unit, unitsPerChunk);
            deflate.Flush();
            deflated.Add((TakeSegment(), 1));
            byte[]? pending = null;
            for (long done = 1; done <= chunks; done++)
            {
                Add(chunk);
                deflate.Flush();
                var segment = TakeSegment();
                if (pending is not null && segment.AsSpan().SequenceEqual(pending))
                {
                    // Steady: every chunk not yet written deflates to these same bytes.
                    var rest = chunks - done;
                    deflated.Add((segment, rest + 2));
                    crc = Crc32.Combine(crc, Crc32.OfRepeated(Crc32.Of(chunk), chunk.Length, rest), rest * chunk.Length);
                    length += rest * chunk.Length;
                    pending = null;
                    break;
                }

                if (pending is not null)
                {
                    deflated.Add((pending, 1));
                }

                pending = segment;
            }

            if (pending is not null)
            {
                deflated.Add((pending, 1));
            }

            Add(Repeated(unit, times % unitsPerChunk));
        }

        private static byte[] Repeated(byte[] unit, long times)
        {
            var bytes = new byte[checked(unit.Length * (int)times)];
            for (var i = 0; i < times; i++)
            {
                unit.CopyTo(bytes, i * unit.Length);
            }

            return bytes;
        }

        private void Add(byte[] bytes)
        {
            deflate.Write(bytes);
            crc = Crc32.Combine(crc, Crc32.Of(bytes), bytes.Length);
            length += bytes.Length;
        }

        private byte[] TakeSegment()
        {
            var segment = output.ToArray();
            output.SetLength(0);
            return segment;
        }
    }

    /// <summary>CRC-32 (ISO-HDLC, as zip uses), with zlib's combination of two CRCs.</summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            return c;
        }).ToArray();

        public static uint Of(ReadOnlySpan<byte> bytes)
        {
            var c = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
            }

            return c ^ 0xFFFFFFFFu;
        }

        /// <summary>The CRC of a block of <paramref name="length"/> bytes repeated <paramref name="times"/> times.</summary>
        public static uint OfRepeated(uint crc, long length, long times)
        {
            var result = 0u;
            while (times > 0)
            {
                if ((times & 1) != 0)
                {
                    result = Combine(result, crc, length);
                }

                crc = Combine(crc, crc, length);
                length *= 2;
                times >>= 1;
            }

            return result;
        }

        /// <summary>The CRC of A followed by B, from the CRC of A, the CRC of B and B's length (zlib's crc32_combine).</summary>
        public static uint Combine(uint crcA, uint crcB, long lengthB)
        {
            if (lengthB <= 0)
            {
                return crcA;
            }

            var even = new uint[32];
            var odd = new uint[32];
            odd[0] = 0xEDB88320;
            var row = 1u;
            for (var n = 1; n < 32; n++)
            {
                odd[n] = row;
                row <<= 1;
            }

            Square(even, odd);
            Square(odd, even);
            do
            {
                Square(even, odd);
                if ((lengthB & 1) != 0)
                {
                    crcA = Times(even, crcA);
                }

                lengthB >>= 1;
                if (lengthB == 0)
                {
                    break;
                }

                Square(odd, even);
                if ((lengthB & 1) != 0)
                {
                    crcA = Times(odd, crcA);
                }

                lengthB >>= 1;
            }
            while (lengthB != 0);
            return crcA ^ crcB;
        }

        private static uint Times(uint[] matrix, uint vector)
        {
            var sum = 0u;
            for (var i = 0; vector != 0; i++, vector >>= 1)
            {
                if ((vector & 1) != 0)
                {
                    sum ^= matrix[i];
                }
            }

            return sum;
        }

        private static void Square(uint[] square, uint[] matrix)
        {
            for (var n = 0; n < 32; n++)
            {
                square[n] = Times(matrix, matrix[n]);
            }
        }
    }
}
