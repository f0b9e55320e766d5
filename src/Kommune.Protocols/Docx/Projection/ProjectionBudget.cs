using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// What one projection may still spend: uncompressed bytes and elements are counted over every
/// part read, so a package cannot pass a limit by spreading its weight over many parts or by
/// having the same header read again and again.
/// </summary>
internal sealed class ProjectionBudget
{
    private long bytes;
    private long elements;

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

    /// <summary>Counts one element read from <paramref name="part"/>.</summary>
    public void SpendElement(string part, IXmlLineInfo at)
    {
        elements++;
        if (elements > Options.MaxElements)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxElements), Options.MaxElements, "the number of elements read", part, at);
        }

        // Elements come fast; looking at the token on every one would cost more than it saves.
        if ((elements & 0xFFF) == 0)
        {
            Cancellation.ThrowIfCancellationRequested();
        }
    }
}
