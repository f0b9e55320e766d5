namespace Kommune.Protocols.Paper.Blocks;

/// <summary>The signature block: a line to sign on per signatory, with title and name under it and how they approved.</summary>
internal sealed class PaperSignatures : PaperBlock
{
    public PaperSignatures(IReadOnlyList<PaperSignature> signatories) => Signatories = signatories;

    public IReadOnlyList<PaperSignature> Signatories { get; }
}

/// <summary>One signatory: <c>Kommunaldirektør Jonas Kroustrup</c>, and <c>Godkendt: digital</c> when recorded.</summary>
internal sealed class PaperSignature
{
    public PaperSignature(string name, string? approval)
    {
        Name = name;
        Approval = approval;
    }

    public string Name { get; }

    public string? Approval { get; }
}
