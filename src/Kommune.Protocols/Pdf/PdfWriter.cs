using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Paper.Compose;
using Kommune.Protocols.Pdf.Rendering;

namespace Kommune.Protocols.Pdf;

/// <summary>
/// Writes a meeting's agenda or protocol as a tagged PDF (PDF/UA-1): a structure tree in reading
/// order (headings H1-H3, paragraphs, lists, tables with header cells), the document language and
/// title, bookmarks from the headings, running heads and page numbers (<i>Side X af Y</i>) as
/// artifacts, and DejaVu Sans embedded. The paper is composed once (<c>Paper/</c>), exactly as
/// for the DOCX, and laid out on A4 with the DOCX's margins and styles. The same meeting and
/// options give the same bytes in any culture and time zone (no clock, content-derived ids).
/// Stateless and thread-safe: any number of threads may write at once (see <c>docs/api-conventions.md</c>).
/// </summary>
public static class PdfWriter
{
    /// <summary>Writes the PDF of <paramref name="meeting"/> to <paramref name="output"/> (left open).</summary>
    /// <param name="meeting">The meeting (the full, internal model; the public edition is made from it when asked).</param>
    /// <param name="output">A writable stream; it need not seek.</param>
    /// <param name="options">Edition, paper, language and house style; <see cref="PdfOptions.Default"/> when null.</param>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry; nothing has been written.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="output"/> is null.</exception>
    public static void Write(Meeting meeting, Stream output, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        PdfPaper.Write(PaperComposer.Compose(meeting, options ?? PdfOptions.Default), new FixedDate(meeting.Date), output);
    }

    /// <summary>
    /// Writes the PDF asynchronously: the target sees only asynchronous writes and flushes (as
    /// ASP.NET Core's response body requires by default) and the bytes are those of
    /// <see cref="Write"/>. Pages reach the target as they are written, through a bounded queue of
    /// 64 KiB chunks, so memory never holds the whole document.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="output">A writable stream; it need not seek, and synchronous writes may be refused.</param>
    /// <param name="options">Edition, paper, language and house style; <see cref="PdfOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry; nothing has been written.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Meeting meeting, Stream output, PdfOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        // Composition fails here, synchronously, before any byte could reach the target.
        var paper = PaperComposer.Compose(meeting, options ?? PdfOptions.Default);
        var date = new FixedDate(meeting.Date);
        return AsyncBridge.CopyAsync(sink => PdfPaper.Write(paper, date, sink), output, cancellationToken);
    }

    /// <summary>Writes the PDF of <paramref name="meeting"/> and returns its bytes.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition, paper, language and house style; <see cref="PdfOptions.Default"/> when null.</param>
    /// <returns>The PDF bytes.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static byte[] WriteToBytes(Meeting meeting, PdfOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(meeting, buffer, options);
        return buffer.ToArray();
    }
}
