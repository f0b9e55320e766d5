namespace Kommune.Protocols.Model;

internal sealed partial class TextWalk
{
    private ValueList<Block> Blocks(string name, ValueList<Block> blocks) => List(name, blocks, static (w, x) => w.Block(x));

    private Block Block(Block b) => b switch
    {
        Paragraph p => Paragraph(p),
        BulletList l => Items(l.Items) is var items && items == (object)l.Items ? l : l with { Items = items },
        NumberedList l => Items(l.Items) is var items && items == (object)l.Items ? l : l with { Items = items },
        Table t => Table(t),
        _ => b,
    };

    private Paragraph Paragraph(Paragraph p)
    {
        var runs = Runs(p.Runs);
        return runs == (object)p.Runs ? p : p with { Runs = runs };
    }

    private ValueList<ListItem> Items(ValueList<ListItem> items) => List("items", items, static (w, x) => w.Runs(x.Runs) is var runs && runs == (object)x.Runs ? x : x with { Runs = runs });

    private ValueList<TextRun> Runs(ValueList<TextRun> runs) => List("runs", runs, static (w, r) => w.Text("text", r.Text) is var text && Same(text, r.Text) ? r : r with { Text = text! });

    private Table Table(Table t)
    {
        var rows = List("rows", t.Rows, static (w, row) =>
        {
            var cells = w.List("cells", row.Cells, static (w2, cell) => w2.Blocks("content", cell.Content) is var content && content == (object)cell.Content ? cell : cell with { Content = content });
            return cells == (object)row.Cells ? row : row with { Cells = cells };
        });
        return rows == (object)t.Rows ? t : t with { Rows = rows };
    }
}
