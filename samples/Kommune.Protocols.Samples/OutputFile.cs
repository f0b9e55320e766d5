namespace Kommune.Protocols.Samples;

/// <summary>
/// Writes an output file whole or not at all. A new or existing regular file is written to a
/// temporary file in its folder, flushed to disk and renamed over the target, so a full disk,
/// a crash or a failure part-way leaves no partial file and an existing target exactly as it
/// was. A device or pipe (<c>/dev/null</c>, <c>/dev/full</c>, a FIFO), which a rename would
/// replace, is written directly; so is an empty file, emptied again if the write fails.
/// </summary>
internal static class OutputFile
{
    /// <summary>Opens a file for writing; a test replaces it with a stream that fails part-way (a full disk).</summary>
    public delegate Stream Opener(string path, FileMode mode);

    public static Stream Open(string path, FileMode mode) => new FileStream(path, mode, FileAccess.Write, FileShare.None, bufferSize: 1);

    /// <summary>Writes the bytes to the target, or throws <see cref="OutputException"/> with one line saying why not.</summary>
    public static void Write(string target, ReadOnlySpan<byte> bytes, Opener open)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputException($"cannot write '{target}': not a valid file name.");
        }

        if (Directory.Exists(full))
        {
            throw new OutputException($"cannot write '{target}': it is a folder; give a file name.");
        }

        // .NET cannot tell a device or pipe from a regular file, but only a regular file has a
        // size; a link is followed to what it names, so the link itself is kept.
        var existing = new FileInfo(full);
        if (existing.LinkTarget is not null)
        {
            var final = FinalTarget(existing);
            if (final is { Exists: true, Length: > 0 })
            {
                Replace(target, final.FullName, bytes, open);
            }
            else
            {
                // A link to a device or pipe (/dev/stdout), or to nothing yet: written through.
                Direct(target, full, bytes, open);
            }
        }
        else if (existing.Exists && existing.Length == 0)
        {
            Direct(target, full, bytes, open);
        }
        else
        {
            Replace(target, full, bytes, open);
        }
    }

    private static void Replace(string target, string full, ReadOnlySpan<byte> bytes, Opener open)
    {
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new OutputException($"cannot write '{target}': the folder '{folder}' does not exist.");
        }

        // Hidden, unique and in the same folder, so the rename stays on one file system (atomic).
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = open(temporary, FileMode.CreateNew))
            {
                stream.Write(bytes);
                Flush(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            throw Failed(target, e, temporary);
        }
    }

    private static void Direct(string target, string full, ReadOnlySpan<byte> bytes, Opener open)
    {
        Stream? stream = null;
        try
        {
            stream = open(full, FileMode.Open);
            stream.Write(bytes);
            Flush(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryEmpty(stream);
            throw Failed(target, e, full);
        }
        finally
        {
            stream?.Dispose();
        }
    }

    private static FileInfo? FinalTarget(FileInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Flush(Stream stream)
    {
        if (stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            stream.Flush();
        }
    }

    // The system's reason names the temporary file (" : '/out/.x.docx.3f2a.tmp'"); the user named the target.
    private static OutputException Failed(string target, Exception error, string path) =>
        new($"cannot write '{target}': {error.Message.Replace($" : '{path}'", string.Empty, StringComparison.Ordinal).Replace(path, target, StringComparison.Ordinal).TrimEnd('.', ' ')}. Nothing was written; an existing file is unchanged.");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the file is hidden and named as temporary.
        }
    }

    private static void TryEmpty(Stream? stream)
    {
        try
        {
            if (stream is { CanSeek: true })
            {
                stream.SetLength(0);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A device or pipe has nothing to restore.
        }
    }
}

/// <summary>An output could not be written; the message is one line saying why.</summary>
internal sealed class OutputException(string message) : Exception(message);
