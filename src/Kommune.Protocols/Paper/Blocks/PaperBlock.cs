namespace Kommune.Protocols.Paper.Blocks;

/// <summary>
/// One format-neutral block of a composed paper: a heading, a paragraph, a list, a table or the
/// signature block. Every writer (DOCX, HTML, PDF) turns the same blocks into its format and
/// decides nothing about what the paper says or in what order.
/// </summary>
internal abstract class PaperBlock
{
    private protected PaperBlock()
    {
    }
}
