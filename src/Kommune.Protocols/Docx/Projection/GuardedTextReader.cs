using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// The characters of one part, as XmlReader asks for them: decompressed and decoded here, so
/// every byte is counted against <see cref="DocxProjectionOptions.MaxUncompressedBytes"/> as it
/// comes out of the zip (a zip's declared sizes can lie), and every character passes the
/// <see cref="XmlNodeGuard"/> before XmlReader sees it. Decoding here also means only UTF-8 and
/// UTF-16 are read, the two encodings Open Packaging allows for XML parts, with invalid byte
/// sequences refused rather than replaced.
/// </summary>
internal sealed class GuardedTextReader : TextReader
{
    private const int ChunkSize = 16 * 1024;

    private readonly Stream source;
    private readonly ProjectionBudget budget;
    private readonly string part;
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private char[] chars = ArrayPool<char>.Shared.Rent(ChunkSize);
    private Decoder? decoder;
    private XmlNodeGuard guard;
    private int byteStart;
    private int byteEnd;
    private int charStart;
    private int charEnd;
    private bool sourceDone;

    public GuardedTextReader(Stream source, ProjectionBudget budget, string part)
    {
        this.source = source;
        this.budget = budget;
        this.part = part;
    }

    public override int Peek() => charStart < charEnd || Fill() ? chars[charStart] : -1;

    public override int Read() => charStart < charEnd || Fill() ? chars[charStart++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (charStart == charEnd && !Fill()))
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, charEnd - charStart);
        chars.AsSpan(charStart, count).CopyTo(buffer);
        charStart += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && bytes.Length > 0)
        {
            source.Dispose();
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            bytes = [];
            chars = [];
        }

        base.Dispose(disposing);
    }

    // Decodes the next characters; false at the end of the part.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fill()
    {
        while (true)
        {
            if (byteStart == byteEnd && !sourceDone)
            {
                ReadBytes();
            }

            decoder ??= ChooseDecoder();

            // Flushing only at the end makes a character cut off by the end of the part an error,
            // while one split between two reads is completed by the next.
            decoder.Convert(bytes.AsSpan(byteStart, byteEnd - byteStart), chars, sourceDone, out var used, out var produced, out _);
            byteStart += used;
            if (produced > 0)
            {
                guard.Scan(chars.AsSpan(0, produced), budget.Options.MaxNodeLength, part);
                charStart = 0;
                charEnd = produced;
                return true;
            }

            if (sourceDone && byteStart == byteEnd)
            {
                return false;
            }

            if (used == 0 && !sourceDone)
            {
                ReadBytes();
            }
        }
    }

    // Reads more decompressed bytes behind the ones not yet decoded; before the encoding is
    // chosen, until there are at least 4 (enough to tell) or the part ends.
    private void ReadBytes()
    {
        var kept = byteEnd - byteStart;
        bytes.AsSpan(byteStart, kept).CopyTo(bytes);
        byteStart = 0;
        byteEnd = kept;
        do
        {
            var read = source.Read(bytes, byteEnd, bytes.Length - byteEnd);
            if (read == 0)
            {
                sourceDone = true;
                break;
            }

            budget.SpendBytes(read, part);
            byteEnd += read;
        }
        while (decoder is null && byteEnd < 4);
    }

    // The first bytes tell UTF-16 (a byte order mark, or '<' with a zero byte beside it) from
    // UTF-8 (its byte order mark, or anything else); an encoding declaration cannot change it.
    private Decoder ChooseDecoder()
    {
        var head = bytes.AsSpan(byteStart, byteEnd - byteStart);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            byteStart += 3;
            return new UTF8Encoding(false, true).GetDecoder();
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = head[0] == 0xFE;
            byteStart += 2;
            return new UnicodeEncoding(bigEndian, false, true).GetDecoder();
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0]) || head.StartsWith((ReadOnlySpan<byte>)[0, (byte)'<']))
        {
            return new UnicodeEncoding(head[0] == 0, false, true).GetDecoder();
        }

        return new UTF8Encoding(false, true).GetDecoder();
    }
}
