namespace Kommune.Protocols.Import;

/// <summary>
/// Acadre MM's shape: every value is <c>table[@name=X]/fields/field[@name=Y]</c>, tables nested
/// in tables. These read it without caring how deep a table sits below the one asked.
/// </summary>
internal static class AcadreTables
{
    /// <summary>A field of a table: <c>fields/field[@name]</c> (or a <c>field</c> straight under the table).</summary>
    public static SourceElement? Field(SourceElement? table, string name)
    {
        if (table is null)
        {
            return null;
        }

        foreach (var holder in table.Children("fields").Append(table))
        {
            foreach (var field in holder.Children("field"))
            {
                if (string.Equals(field.Attribute("name"), name, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>A field's text, or null.</summary>
    public static string? Text(SourceElement? table, string name) => Field(table, name)?.Text;

    /// <summary>The child tables with a name, in order.</summary>
    public static IEnumerable<SourceElement> Tables(SourceElement? table, string name) =>
        table?.Children("table").Where(t => string.Equals(t.Attribute("name"), name, StringComparison.OrdinalIgnoreCase)) ?? [];

    /// <summary>The first table with a name below this one, at any depth (breadth first), or null.</summary>
    public static SourceElement? Find(SourceElement? table, string name)
    {
        if (table is null)
        {
            return null;
        }

        var queue = new Queue<SourceElement>();
        queue.Enqueue(table);
        while (queue.Count > 0)
        {
            foreach (var child in queue.Dequeue().Children("table"))
            {
                if (string.Equals(child.Attribute("name"), name, StringComparison.OrdinalIgnoreCase))
                {
                    return child;
                }

                queue.Enqueue(child);
            }
        }

        return null;
    }

    /// <summary>
    /// The rows of a list table (<c>commember</c> holding <c>member</c> tables), or the list
    /// table itself repeated (some exports write one <c>commember</c> table per member).
    /// </summary>
    public static IEnumerable<SourceElement> Rows(SourceElement? parent, string list, string row)
    {
        foreach (var table in Tables(parent, list))
        {
            var rows = Tables(table, row).ToList();
            if (rows.Count > 0)
            {
                foreach (var r in rows)
                {
                    yield return r;
                }
            }
            else if (Field(table, "name") is not null)
            {
                yield return table;
            }
        }
    }

    /// <summary>A numeric sort key; text that is no number sorts last, in document order.</summary>
    public static double SortKey(string? text) =>
        double.TryParse(text?.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var key) && double.IsFinite(key) ? key : double.MaxValue;
}
