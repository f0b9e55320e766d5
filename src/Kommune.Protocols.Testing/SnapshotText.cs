using Kommune.Protocols.Docx;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Testing;

/// <summary>
/// One call from a meeting to the text to snapshot: writes the meeting as the library would
/// (<see cref="DocxWriter"/>, <see cref="HtmlWriter"/>) and returns its stable text projection, a
/// plain string that any snapshot library (Verify, Snapper, a file compared by hand) can store
/// and diff.
/// </summary>
/// <remarks>
/// <para>
/// The text is the same on every machine, culture, time zone and with invariant globalization;
/// lines are separated by <c>\n</c> (never <c>\r\n</c>) and the text ends with <c>\n</c>. The line
/// formats are documented on <see cref="DocxTextProjection"/> and <see cref="HtmlTextProjection"/>
/// and in this package's README; they change only in a new major version of this package.
/// </para>
/// <para>Thread-safe: every call has its own state.</para>
/// </remarks>
public static class SnapshotText
{
    /// <summary>
    /// Writes <paramref name="meeting"/> as DOCX and projects it as text: one line per
    /// paragraph as <c>[StyleId] text</c>, tables as <c>| cell | cell |</c> rows, then each
    /// section with its page size, header and footer (see <see cref="DocxTextProjection"/>).
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">The DOCX options (edition, language, house style); the defaults when null.</param>
    /// <returns>The projection, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <example>
    /// <code>
    /// var text = SnapshotText.Docx(SeedMeeting.Build(), new DocxOptions { Edition = MeetingEdition.Public });
    /// // [Heading1] 4. Foreløbigt regnskab 2024
    /// </code>
    /// </example>
    public static string Docx(Meeting meeting, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, options));
    }

    /// <summary>Projects a DOCX file's bytes as text, as <see cref="DocxTextProjection.Project(byte[])"/> does.</summary>
    /// <param name="docx">The bytes of a DOCX file, written by this library or by anything else.</param>
    /// <returns>The projection, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="DocxProjectionException">The bytes are not a DOCX that can be read within the default limits.</exception>
    public static string Docx(byte[] docx) => DocxTextProjection.Project(docx);

    /// <summary>
    /// Writes <paramref name="meeting"/> as an HTML page and projects it as text: one line per
    /// element, indented two spaces per level, as <c>tag#id.class[name=value]: text</c> (see
    /// <see cref="HtmlTextProjection"/>).
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">The HTML options; the defaults when null.</param>
    /// <returns>The projection, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static string Html(Meeting meeting, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return HtmlTextProjection.Project(HtmlWriter.WriteToString(meeting, options));
    }

    /// <summary>Projects HTML text (a page or a fragment), as <see cref="HtmlTextProjection.Project(string)"/> does.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The projection, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string Html(string html) => HtmlTextProjection.Project(html);
}
