namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// What one projection may still spend: uncompressed bytes and XML nodes are counted over every
/// part read, so a package cannot pass a limit by spreading its weight over many parts or by
/// having the same header read again and again.
/// </summary>
internal sealed class ProjectionBudget
{
    private long bytes;
    private long nodes;

    public ProjectionBudget(DocxProjectionOptions options, CancellationToken cancellation)
    {
        Options = options;
        Cancellation = cancellation;
    }

    public DocxProjectionOptions Options { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>Counts bytes just decompressed from <paramref name="part"/>.</summary>
    public void SpendBytes(int count, string part)
    {
        bytes += count;
        if (bytes > Options.MaxUncompressedBytes)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxUncompressedBytes), Options.MaxUncompressedBytes, "the uncompressed size of the parts read", part);
        }

        Cancellation.ThrowIfCancellationRequested();
    }

    /// <summary>Counts nodes read from a part.</summary>
    public void SpendNodes(int count, PartXml part)
    {
        var before = nodes;
        nodes += count;
        if (nodes > Options.MaxNodes)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxNodes), Options.MaxNodes, "the number of XML nodes read", part.Part, part.Position);
        }

        // Nodes come fast; looking at the token on every one would cost more than it saves.
        if ((before >> 12) != (nodes >> 12))
        {
            Cancellation.ThrowIfCancellationRequested();
        }
    }
}
