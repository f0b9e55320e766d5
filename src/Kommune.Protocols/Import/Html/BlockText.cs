using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>Blocks as plain text, for the model's fields that hold text only: one line per paragraph, list entry or table row.</summary>
internal static class BlockText
{
    public static string Of(IEnumerable<Block> blocks) => string.Join('\n', blocks.SelectMany(Lines));

    private static IEnumerable<string> Lines(Block block) => block switch
    {
        Paragraph p => [p.PlainText()],
        BulletList l => l.Items.Select(i => "- " + i.PlainText()),
        NumberedList l => l.Items.Select((i, n) => $"{n + 1}. {i.PlainText()}"),
        Table t => t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => Of(c.Content).Replace('\n', ' ')))),
        _ => [],
    };
}
