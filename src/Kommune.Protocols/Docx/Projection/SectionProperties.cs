namespace Kommune.Protocols.Docx.Projection;

/// <summary>What the projection prints of a <c>w:sectPr</c>: its page size and its header and footer references, in order.</summary>
internal sealed class SectionProperties
{
    /// <summary>Whether it has a <c>w:pgSz</c> (then the page is printed, with or without its numbers).</summary>
    public bool HasPageSize { get; set; }

    public uint? Width { get; set; }

    public uint? Height { get; set; }

    /// <summary><c>w:type</c> (default <c>default</c>) and <c>r:id</c> of each <c>w:headerReference</c>.</summary>
    public List<(string Type, string? Id)> Headers { get; } = [];

    /// <summary><c>w:type</c> (default <c>default</c>) and <c>r:id</c> of each <c>w:footerReference</c>.</summary>
    public List<(string Type, string? Id)> Footers { get; } = [];
}
