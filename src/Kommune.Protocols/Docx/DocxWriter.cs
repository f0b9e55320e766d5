using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Paper.Compose;

namespace Kommune.Protocols.Docx;

/// <summary>
/// Writes a meeting's agenda or protocol as a DOCX: real Word styles and numbering, a table
/// style with repeated header rows, <i>Side X af Y</i> in the footer, and the same bytes for the
/// same meeting and options (fixed zip entry times, counted ids, no clock, no culture). The paper
/// is composed once (<c>Paper/</c>) and written block by block with an <see cref="System.Xml.XmlWriter"/>,
/// so memory holds about one item's worth of blocks beyond the model. Stateless and
/// thread-safe: any number of threads may write at once (see <c>docs/api-conventions.md</c>).
/// </summary>
public static class DocxWriter
{
    /// <summary>Writes the DOCX of <paramref name="meeting"/> to <paramref name="output"/> (left open).</summary>
    /// <param name="meeting">The meeting (the full, internal model; the public edition is made from it when asked).</param>
    /// <param name="output">A writable stream; it need not seek.</param>
    /// <param name="options">Edition, paper, language and house style; <see cref="DocxOptions.Default"/> when null.</param>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry; nothing has been written.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    public static void Write(Meeting meeting, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        WritePackage(PaperComposer.Compose(meeting, options ?? DocxOptions.Default), output);
    }

    /// <summary>
    /// Writes the DOCX asynchronously: the target sees only asynchronous writes and flushes (as
    /// ASP.NET Core's response body requires by default), the bytes are those of
    /// <see cref="Write"/>, and at most a few 64 KiB chunks are buffered, never the whole document.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="output">A writable stream; it need not seek, and synchronous writes may be refused.</param>
    /// <param name="options">Edition, paper, language and house style; <see cref="DocxOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry; nothing has been written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Meeting meeting, Stream output, DocxOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        // Composition fails here, synchronously, before any byte could reach the target.
        var document = PaperComposer.Compose(meeting, options ?? DocxOptions.Default);
        return AsyncBridge.CopyAsync(sink => WritePackage(document, sink), output, cancellationToken);
    }

    /// <summary>Writes the DOCX of <paramref name="meeting"/> and returns its bytes.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition, paper, language and house style; <see cref="DocxOptions.Default"/> when null.</param>
    /// <returns>The DOCX bytes.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry.</exception>
    public static byte[] WriteToBytes(Meeting meeting, DocxOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(meeting, buffer, options);
        return buffer.ToArray();
    }

    private static void WritePackage(PaperDocument document, Stream output)
    {
        var language = document.LanguageTag;
        using var package = new DocxPackage(output);
        package.WriteXml("[Content_Types].xml", PackageParts.ContentTypes);
        package.WriteXml("_rels/.rels", PackageParts.RootRelationships);
        package.WriteXml("docProps/core.xml", w => PackageParts.CoreProperties(w, document.Title, document.Subject, language, document.DraftMark));
        var numberedLists = 0;
        package.WriteXml("word/document.xml", w =>
        {
            var body = new DocxBodyWriter(w);
            body.Write(document.Blocks);
            numberedLists = body.NumberedLists;
        });
        package.WriteXml("word/_rels/document.xml.rels", PackageParts.DocumentRelationships);
        package.WriteBytes("word/styles.xml", FixedParts.StylesFor(language));
        package.WriteXml("word/numbering.xml", w => NumberingPart.Write(w, numberedLists));
        package.WriteBytes("word/settings.xml", FixedParts.SettingsFor(language));
        package.WriteXml("word/header1.xml", w => HeaderFooterParts.Header(w, document));
        package.WriteXml("word/footer1.xml", w => HeaderFooterParts.Footer(w, document));
    }
}
