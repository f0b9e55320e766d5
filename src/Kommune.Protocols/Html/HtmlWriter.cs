using System.Globalization;
using System.Text;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Paper.Compose;

namespace Kommune.Protocols.Html;

/// <summary>
/// Writes a meeting's agenda or protocol as one self-contained, accessible HTML5 page: the
/// document's language, one <c>h1</c> and headings in order, the body and date in a
/// <c>header</c>, the paper in <c>main</c> with an <c>article</c> per item, real lists, tables
/// with column headers and captions, and a small inline stylesheet for screen and print; no
/// script and nothing loaded from elsewhere. The same meeting and options give the same bytes.
/// The paper is composed once (<c>Paper/</c>, where the public edition is made) and written block
/// by block, so memory holds about one item's worth of blocks beyond the model. Stateless and thread-safe:
/// any number of threads may write at once (see <c>docs/api-conventions.md</c>).
/// </summary>
public static class HtmlWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The stylesheet a page carries (without its per-document <c>@page</c> rule), for sites that
    /// show item fragments (<see cref="WriteItem"/>) in their own pages. Every rule selects elements
    /// inside the class <c>kp</c> (which the page's <c>body</c> and each fragment's <c>article</c>
    /// carry) or the library's own <c>kp-</c> classes, so a host page's other elements are left alone.
    /// </summary>
    public static string Stylesheet => HtmlStylesheet.Base;

    /// <summary>Writes the page of <paramref name="meeting"/> to <paramref name="output"/> as UTF-8 (left open).</summary>
    /// <param name="meeting">The meeting (the full, internal model; the public edition is made from it when asked).</param>
    /// <param name="output">A writable stream; it need not seek.</param>
    /// <param name="options">Edition, paper, language, house style and stylesheet; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry; nothing has been written.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    public static void Write(Meeting meeting, Stream output, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        options ??= HtmlOptions.Default;
        WritePage(PaperComposer.Compose(meeting, options), options, output);
    }

    /// <summary>
    /// Writes the page asynchronously: the target sees only asynchronous writes and flushes (as
    /// ASP.NET Core's response body requires by default), the bytes are those of
    /// <see cref="Write"/>, and at most a few 64 KiB chunks are buffered, never the whole page.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="output">A writable stream; it need not seek, and synchronous writes may be refused.</param>
    /// <param name="options">Edition, paper, language, house style and stylesheet; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the page is written and flushed.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry; nothing has been written.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Meeting meeting, Stream output, HtmlOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        options ??= HtmlOptions.Default;

        // Composition fails here, synchronously, before any byte could reach the target.
        var document = PaperComposer.Compose(meeting, options);
        return AsyncBridge.CopyAsync(sink => WritePage(document, options, sink), output, cancellationToken);
    }

    /// <summary>Writes the page of <paramref name="meeting"/> and returns its UTF-8 bytes.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition, paper, language, house style and stylesheet; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <returns>The page's bytes (UTF-8, no byte order mark).</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry.</exception>
    public static byte[] WriteToBytes(Meeting meeting, HtmlOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(meeting, buffer, options);
        return buffer.ToArray();
    }

    /// <summary>Writes the page of <paramref name="meeting"/> and returns it as a string.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition, paper, language, house style and stylesheet; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <returns>The page.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry.</exception>
    public static string WriteToString(Meeting meeting, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= HtmlOptions.Default;
        var document = PaperComposer.Compose(meeting, options);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        HtmlPageWriter.Write(text, document, options.IncludeStylesheet);
        return text.ToString();
    }

    /// <summary>
    /// The HTML fragment of one item (with its sub-items) for a site that publishes a page per
    /// item: an <c>article</c> of class <c>kp kp-item</c> with the document's <c>lang</c>, labelled
    /// by the item's heading (<c>h2</c> by default, see <see cref="HtmlOptions.ItemHeadingLevel"/>),
    /// whose id is the item's anchor (<c>punkt-4</c>). The edition applies as on the page: a
    /// closed item of the public edition shows only its public facts. No stylesheet is included;
    /// see <see cref="Stylesheet"/>.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="itemNumber">The item's number (an item or a sub-item).</param>
    /// <param name="options">Edition, paper, language, house style and heading level; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <returns>The fragment, ending with a line feed.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="itemNumber"/> is null.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry.</exception>
    /// <exception cref="ArgumentException">The meeting has no item with that number.</exception>
    public static string WriteItem(Meeting meeting, ItemNumber itemNumber, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(itemNumber);
        options ??= HtmlOptions.Default;
        return Fragment(PaperComposer.ComposeItem(meeting, itemNumber, options), options);
    }

    /// <summary>
    /// The HTML fragment of the item at a place in the agenda (0 is the first item as printed),
    /// for items without a number (citizens' questions, announcements) that
    /// <see cref="WriteItem(Meeting, ItemNumber, HtmlOptions?)"/> cannot name. The same fragment as
    /// that method gives for a numbered item; an unnumbered item's <c>article</c> has no anchor id.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="index">The item's place among the meeting's items, from 0.</param>
    /// <param name="options">Edition, paper, language, house style and heading level; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <returns>The fragment, ending with a line feed.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than the number of items.</exception>
    /// <exception cref="PaperTextException">A text holds a character a document cannot carry.</exception>
    public static string WriteItemAt(Meeting meeting, int index, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= HtmlOptions.Default;
        return Fragment(PaperComposer.ComposeItemAt(meeting, index, options), options);
    }

    private static string Fragment(IReadOnlyList<PaperBlock> blocks, HtmlOptions options)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new HtmlBodyWriter(text, options.ItemHeadingLevel - 2).Fragment(blocks, options.Language.Tag);
        return text.ToString();
    }

    private static void WritePage(PaperDocument document, HtmlOptions options, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        HtmlPageWriter.Write(writer, document, options.IncludeStylesheet);
    }
}
