using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// The characters of one part, as XmlReader asks for them: decompressed and decoded here, so
/// every byte is counted against <see cref="DocxProjectionOptions.MaxUncompressedBytes"/> as it
/// comes out of the zip (a zip's declared sizes can lie), and so the reader cannot take in more
/// than <see cref="DocxProjectionOptions.MaxNodeLength"/> characters without finishing a node.
/// XmlReader holds a whole tag, attribute value or comment in memory at once; without this a
/// 1 GB attribute value in a 1 MB zip would cost gigabytes before any other limit could see it.
/// Decoding here also means only UTF-8 and UTF-16 are read, the two encodings Open Packaging
/// allows for XML parts, with invalid byte sequences refused rather than replaced.
/// </summary>
internal sealed class GuardedTextReader : TextReader
{
    private const int ChunkSize = 16 * 1024;

    private readonly int handOut;

    private readonly Stream source;
    private readonly ProjectionBudget budget;
    private readonly string part;
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private char[] chars = ArrayPool<char>.Shared.Rent(ChunkSize);
    private Decoder? decoder;
    private long delivered;
    private long deliveredAtNode;
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

        // XmlReader asks for more characters only when the node it is reading needs them, and
        // gets at most this many a time: what it has taken in since it last finished a node is
        // that node and at most a few of these (4 are allowed), which stay small against the limit.
        handOut = Math.Clamp(budget.Options.MaxNodeLength / 4, 16, ChunkSize);
    }

    public override int Peek() => charStart < charEnd || Fill() ? chars[charStart] : -1;

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (charStart == charEnd && !Fill()))
        {
            return 0;
        }

        var count = Math.Min(Math.Min(buffer.Length, handOut), charEnd - charStart);
        chars.AsSpan(charStart, count).CopyTo(buffer);
        charStart += count;
        delivered += count;
        if (delivered - deliveredAtNode > budget.Options.MaxNodeLength + 4L * handOut)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxNodeLength), budget.Options.MaxNodeLength, "a single piece of XML (a tag with its attributes, a text, a comment or an instruction)", part);
        }

        return count;
    }

    /// <summary>The reader has finished a node: what it takes in from here on belongs to the next.</summary>
    public void NodeRead() => deliveredAtNode = delivered;

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
