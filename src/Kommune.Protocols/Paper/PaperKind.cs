namespace Kommune.Protocols.Paper;

/// <summary>Which paper of the meeting to write.</summary>
public enum PaperKind
{
    /// <summary>The agenda (<i>dagsorden</i>): items without decisions, no signature page.</summary>
    Agenda,

    /// <summary>The protocol (<i>beslutningsprotokol</i>): items with their decisions and the signature page.</summary>
    Protocol,
}
