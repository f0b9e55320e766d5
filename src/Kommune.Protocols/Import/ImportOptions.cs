namespace Kommune.Protocols.Import;

/// <summary>
/// What an import needs beyond the file, and the caps that keep any input, however hostile,
/// within bounded time and memory. Each cap, when crossed, refuses the input with an
/// <see cref="ImportException"/>; the defaults are far above any real export.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The defaults: no municipality, no attachment folder, the default caps.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The municipality (<c>Norddjurs Kommune</c>). No export format names it, so without it the
    /// meeting's municipality is empty and the report says so (IMP004).
    /// </summary>
    public string? Municipality { get; init; }

    /// <summary>
    /// The folder the export's attachment files are in (for SBSYS Publication and Acadre, the
    /// export's own folder). When given, each attachment's file reference is looked up there and
    /// a missing file is reported (IMP209); files are never opened or read. When null, file
    /// references are kept as the source writes them and not looked up.
    /// </summary>
    public string? AttachmentFolder { get; init; }

    /// <summary>The largest input read, in bytes: 32 MiB by default (a large council agenda is a few MiB of XML). A stream is read to one byte past it, never further.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="Array.MaxLength"/>.</exception>
    public long MaxInputBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1L, nameof(MaxInputBytes));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Array.MaxLength, nameof(MaxInputBytes));
            field = value;
        }
    } = 32L * 1024 * 1024;

    /// <summary>The most XML elements read: 500,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxElements
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxElements));
            field = value;
        }
    } = 500_000;

    /// <summary>The deepest XML element nesting read: 64 by default (the formats need about 16), at most 1,024.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above 1,024.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDepth));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1024, nameof(MaxDepth));
            field = value;
        }
    } = 64;

    /// <summary>
    /// The deepest HTML nesting turned into structure in a section's content: 32 by default, at
    /// most 256. Content nested deeper keeps its text as plain paragraphs (reported as IMP404);
    /// the input is not refused.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 4 or above 256.</exception>
    public int MaxHtmlDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 4, nameof(MaxHtmlDepth));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 256, nameof(MaxHtmlDepth));
            field = value;
        }
    } = 32;
}
