using System.IO.Compression;
using System.Text;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// Packages for the projection tests, built in code: the seed DOCX with parts replaced, small
/// zips of any shape, and zip bombs (<see cref="Bomb"/>) that expand to a gigabyte from about a
/// megabyte without that gigabyte ever being compressed.
/// </summary>
internal static class DocxProjectionFixtures
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string DocumentHead = "<?xml version=\"1.0\" encoding=\"utf-8\"?><w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>";
    public const string DocumentTail = "</w:body></w:document>";

    private static readonly Lazy<byte[]> SeedDocx = new(() => DocxWriter.WriteToBytes(SeedMeeting.Build()));

    /// <summary>The seed meeting's DOCX (shared: do not change it).</summary>
    public static byte[] Seed => SeedDocx.Value;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The seed with its body replaced.</summary>
    public static byte[] SeedWithBody(string bodyXml) => Replace(Seed, ("word/document.xml", Utf8(DocumentHead + bodyXml + DocumentTail)));

    /// <summary>A copy of a package with entries replaced or added (content) or removed (null).</summary>
    public static byte[] Replace(byte[] docx, params (string Name, byte[]? Content)[] changes)
    {
        var entries = Entries(docx);
        foreach (var (name, content) in changes)
        {
            entries.RemoveAll(e => e.Name == name);
            if (content is not null)
            {
                entries.Add((name, content));
            }
        }

        return Zip([.. entries]);
    }

    /// <summary>The entries of a zip, in order.</summary>
    public static List<(string Name, byte[] Content)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        return archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            var content = new MemoryStream();
            stream.CopyTo(content);
            return (e.FullName, content.ToArray());
        }).ToList();
    }

    /// <summary>A zip of exactly these entries.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The seed package with one entry made of <paramref name="pieces"/>: text repeated a given
    /// number of times, so a part can be a gigabyte of <c>&lt;w:p/&gt;</c> or a million nested tables.
    /// </summary>
    public static byte[] Bomb(string entry, params (string Text, long Times)[] pieces)
    {
        var entries = Entries(Seed).Where(e => e.Name != entry).Select(e => ZipBomb.Entry.Of(e.Name, e.Content)).ToList();
        entries.Add(ZipBomb.Entry.Repeating(entry, pieces));
        return ZipBomb.Write(entries);
    }
}

/// <summary>
/// A stream that can only be read asynchronously (a synchronous read fails the test), not
/// seekable, and that counts what was read from it.
/// </summary>
internal sealed class AsyncOnlyStream(byte[] content) : Stream
{
    private int position;

    public int BytesRead => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("A synchronous read of an async-only stream.");

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("A synchronous read of an async-only stream.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        var count = Math.Min(buffer.Length, content.Length - position);
        content.AsMemory(position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
