namespace Kommune.Protocols.Docx;

/// <summary>
/// The limits <see cref="DocxTextProjection"/> reads a DOCX within. Anything past a limit is
/// refused with <see cref="DocxProjectionException"/> naming the limit and the part, before it
/// can cost more time or memory. The defaults are about three times what a generated 2,000-item
/// protocol needs (0.8 MB DOCX, 11 MB of XML, 0.7 million nodes, nesting 9, 4.2 million
/// characters of text, longest line under 1,000 characters), and small enough that the worst
/// input within them is read in well under a second.
/// </summary>
public sealed record DocxProjectionOptions
{
    /// <summary>The defaults.</summary>
    public static DocxProjectionOptions Default { get; } = new();

    /// <summary>The largest DOCX file accepted, in bytes. Default 64 MiB.</summary>
    public long MaxPackageBytes { get; init => field = Positive(value); } = 64L * 1024 * 1024;

    /// <summary>
    /// The most bytes read out of the package after decompression, over every part read
    /// (a header read twice counts twice). Counted while decompressing: the sizes a zip
    /// declares are not trusted. Default 32 MiB.
    /// </summary>
    public long MaxUncompressedBytes { get; init => field = Positive(value); } = 32L * 1024 * 1024;

    /// <summary>The most zip entries (parts and folders) the package may hold. Default 10,000.</summary>
    public int MaxEntries { get; init => field = (int)Positive(value); } = 10_000;

    /// <summary>The deepest element nesting in any part (the root element is depth 1). Default 256.</summary>
    public int MaxDepth { get; init => field = (int)Positive(value); } = 256;

    /// <summary>
    /// The most XML nodes read, over every part read: elements, attributes, texts, comments,
    /// CDATA sections and processing instructions (each costs about as much to read as an
    /// element). Default 2,000,000.
    /// </summary>
    public long MaxNodes { get; init => field = Positive(value); } = 2_000_000;

    /// <summary>
    /// The longest single piece of XML, in characters: a tag with its attributes, a run of
    /// text, a comment, a CDATA section or a processing instruction. Checked as the XML reader
    /// takes characters in: a longer piece is refused after at most this many characters and
    /// the reader's read-ahead (64 Ki at most, and no more than the limit itself). Default
    /// 1,048,576.
    /// </summary>
    public int MaxNodeLength { get; init => field = (int)Positive(value); } = 1024 * 1024;

    /// <summary>The longest line of the projection, in characters. Default 1,048,576.</summary>
    public int MaxLineLength { get; init => field = (int)Positive(value); } = 1024 * 1024;

    /// <summary>The longest projection, in characters. Default 16,777,216 (16 Mi).</summary>
    public long MaxOutputLength { get; init => field = Positive(value); } = 16L * 1024 * 1024;

    // A zero or negative limit would refuse every document: a mistake in the caller's code,
    // reported where the option is set rather than as a refused document later.
    private static long Positive(long value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A limit must be positive.");
}
