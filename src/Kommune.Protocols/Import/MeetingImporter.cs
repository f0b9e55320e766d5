using System.Globalization;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Reads the agendas and protocols ESDH systems export (SBSYS / AgMan Publication, SBSYS
/// Dagsorden, eDoc by Fujitsu, Acadre MM; see <see cref="ImportFormat"/> and
/// <c>docs/import.md</c>) into a <see cref="Meeting"/>, with a report of everything that was
/// guessed, dropped or unreadable. Tolerant (a bad character or a garbage date costs a report
/// entry, never the meeting) and safe (no DTD or external entity is ever processed; size,
/// element count and depth are capped by <see cref="ImportOptions"/>). Attachment files are
/// referred to, never read. Thread-safe.
/// </summary>
public static class MeetingImporter
{
    /// <summary>How much of the input the sniffer reads: the root and its first elements are always within it.</summary>
    private const int SniffBytes = 64 * 1024;

    private const int SniffElements = 64;

    /// <summary>Says which format the input is, from its first 64 KiB; reads no further.</summary>
    /// <param name="stream">The input; read from its current position, left open.</param>
    /// <returns>The format, or null when the input is none of them (not XML, JSON, a DOCX, an HTML page, another XML, empty).</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImportFormat? Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return Sniff(buffer.AsSpan(0, length));
    }

    /// <summary>Says which format the input is, from its first 64 KiB, reading the stream asynchronously only.</summary>
    /// <param name="stream">The input; read from its current position, left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The format, or null when the input is none of them.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static Task<ImportFormat?> DetectAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return DetectCore(stream, cancellationToken);
    }

    /// <summary>Says which format a file is, from its first 64 KiB.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format, or null when the file is none of them.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ImportFormat? DetectFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Detect(stream);
    }

    /// <summary>Imports a meeting.</summary>
    /// <param name="stream">The input; read to its end (at most <see cref="ImportOptions.MaxInputBytes"/> + 1 bytes), left open.</param>
    /// <param name="format">The format; null to sniff it.</param>
    /// <param name="options">The municipality, the attachment folder and the caps; defaults when null.</param>
    /// <returns>The meeting, the format and the report.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ImportException">The input is not XML, not one of the formats (or not <paramref name="format"/>), has a DTD, or is beyond a cap.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImportResult Import(Stream stream, ImportFormat? format = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckFormat(format);
        options ??= ImportOptions.Default;
        return Import(BoundedInput.Read(stream, options.MaxInputBytes), format, options);
    }

    /// <summary>Imports a meeting, reading the stream asynchronously only (it may refuse synchronous reads, as ASP.NET Core's request body does).</summary>
    /// <param name="stream">The input; read to its end (at most <see cref="ImportOptions.MaxInputBytes"/> + 1 bytes), left open.</param>
    /// <param name="format">The format; null to sniff it.</param>
    /// <param name="options">The municipality, the attachment folder and the caps; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The meeting, the format and the report.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once (each with its own stream).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ImportException">The input is not XML, not one of the formats (or not <paramref name="format"/>), has a DTD, or is beyond a cap.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(Stream stream, ImportFormat? format = null, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckFormat(format);
        return ImportCore(stream, format, options ?? ImportOptions.Default, cancellationToken);
    }

    /// <summary>Imports a meeting from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format; null to sniff it.</param>
    /// <param name="options">The municipality, the attachment folder and the caps; defaults when null.</param>
    /// <returns>The meeting, the format and the report.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ImportException">The file is not XML, not one of the formats (or not <paramref name="format"/>), has a DTD, or is beyond a cap.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ImportResult ImportFile(string path, ImportFormat? format = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Import(stream, format, options);
    }

    /// <summary>Says which format a file is, from its first 64 KiB, reading it asynchronously.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The format, or null when it is none of them.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<ImportFormat?> DetectFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = OpenAsync(path);
        await using (stream.ConfigureAwait(false))
        {
            return await DetectCore(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports a meeting from a file, reading it asynchronously (a server importing uploads keeps its threads free while the disk reads).</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format; null to sniff it.</param>
    /// <param name="options">The municipality, the attachment folder and the caps; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The meeting, the format and the report.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ImportException">The file is not XML, not one of the formats (or not <paramref name="format"/>), has a DTD, or is beyond a cap.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<ImportResult> ImportFileAsync(string path, ImportFormat? format = null, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckFormat(format);
        var stream = OpenAsync(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ImportCore(stream, format, options ?? ImportOptions.Default, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A file opened for asynchronous reads, so ReadAsync does not tie up a pool thread per read.</summary>
    private static FileStream OpenAsync(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static async Task<ImportFormat?> DetectCore(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return Sniff(buffer.AsSpan(0, length));
    }

    private static async Task<ImportResult> ImportCore(Stream stream, ImportFormat? format, ImportOptions options, CancellationToken cancellationToken)
    {
        var bytes = await BoundedInput.ReadAsync(stream, options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return Import(bytes, format, options);
    }

    private static ImportFormat? Sniff(ReadOnlySpan<byte> start)
    {
        var text = XmlRepair.Mend(TextDecoding.Decode(start).Text, out _, out _);
        return SourceTreeReader.Peek(text, SniffElements) is { } root ? FormatReaders.Recognizing(root)?.Format : null;
    }

    private static ImportResult Import(ReadOnlySpan<byte> bytes, ImportFormat? format, ImportOptions options)
    {
        var context = new ImportContext(options);
        var decoded = TextDecoding.Decode(bytes);
        if (decoded.EncodingNote is { } note)
        {
            context.Report(ImportCodes.Encoding, null, note);
        }

        var text = XmlRepair.Mend(decoded.Text, out var removed, out var escaped);
        if (removed.Count > 0)
        {
            context.ReportLine(ImportCodes.ControlCharacters, removed.FirstLine, string.Create(CultureInfo.InvariantCulture, $"removed {removed.Count} raw character(s) XML 1.0 cannot carry (control characters), the first on this line."));
        }

        if (escaped.Count > 0)
        {
            context.ReportLine(ImportCodes.BareAmpersand, escaped.FirstLine, string.Create(CultureInfo.InvariantCulture, $"{escaped.Count} '&' that start(s) no XML reference (such as 'Vej & Park' or '&nbsp;') read as text, the first on this line."));
        }

        var root = SourceTreeReader.Read(text, context);
        var reader = Choose(root, format);
        var meeting = reader.Read(root, context);
        if (MeetingLimits.CheckContent(meeting) is { } violation)
        {
            throw new ImportException($"the meeting would exceed a limit every writer keeps: {violation}");
        }

        return new ImportResult(meeting, reader.Format, context.Finish());
    }

    private static IFormatReader Choose(SourceElement root, ImportFormat? format)
    {
        if (EdocAgendaReader.NotificationTarget(root) is { } target)
        {
            throw new ImportException($"this is an eDoc notification file, not an agenda; import the agenda it names ({target}).", root.Path, root.Line, root.Column);
        }

        if (format is { } asked)
        {
            var reader = FormatReaders.For(asked);
            return reader.Recognizes(root)
                ? reader
                : throw new ImportException($"the root element is <{root.Name}>{Namespace(root)}, but {reader.Expected}.", root.Path, root.Line, root.Column);
        }

        return FormatReaders.Recognizing(root)
            ?? throw new ImportException($"the root element <{root.Name}>{Namespace(root)} is none of the formats read here ({string.Join(", ", FormatReaders.All.Select(r => r.Expected))}).", root.Path, root.Line, root.Column);
    }

    private static string Namespace(SourceElement root) => root.Namespace.Length == 0 ? string.Empty : $" in the namespace '{root.Namespace}'";

    private static void CheckFormat(ImportFormat? format)
    {
        if (format is { } value && !Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(format), value, "not an import format.");
        }
    }
}
