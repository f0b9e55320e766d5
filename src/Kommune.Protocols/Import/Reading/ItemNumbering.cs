using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Printed item numbers, read as the source writes them (<c>12</c>, <c>12.</c>, <c>Pkt. 12</c>,
/// <c>1.a</c>). An item without one stays unnumbered, as the model allows (<i>Spørgetid</i>,
/// <i>Meddelelser</i>): a number made up from the item's position would print a number the paper
/// never had, and could clash with the numbers councils count through the year.
/// </summary>
internal static class ItemNumbering
{
    /// <summary>A printed number, or null when the text is none.</summary>
    public static ItemNumber? Parse(string? text)
    {
        if (SourceValues.Line(text) is not { } line)
        {
            return null;
        }

        var trimmed = line.TrimEnd('.', ')', ':').Trim();
        foreach (var prefix in new[] { "punkt", "pkt.", "pkt", "nr.", "nr", "sag" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > prefix.Length && !char.IsAsciiLetter(trimmed[prefix.Length]))
            {
                trimmed = trimmed[prefix.Length..].TrimStart('.', ' ');
                break;
            }
        }

        return ItemNumber.TryParse(trimmed, out var number) ? number : null;
    }

    /// <summary>
    /// The items with their printed numbers. <paramref name="read"/> holds what the source said,
    /// item by item (null: none or unreadable; the raw text and the element are there for the
    /// report): a missing number is reported as an unnumbered item (IMP213), an unreadable one as
    /// text that was dropped (IMP202).
    /// </summary>
    public static List<AgendaItem> Complete(ImportContext context, List<(AgendaItem Item, ItemNumber? Number, string? Raw, SourceElement At)> read)
    {
        var items = new List<AgendaItem>(read.Count);
        foreach (var (item, number, raw, at) in read)
        {
            if (number is null && raw is null)
            {
                context.Report(ImportCodes.Unnumbered, at, $"item '{SourceValues.Shorten(item.Title)}' has no printed number; it was imported unnumbered.");
            }
            else if (number is null)
            {
                context.Report(ImportCodes.NumberUnreadable, at, $"item '{SourceValues.Shorten(item.Title)}' has the number '{SourceValues.Shorten(raw!)}', which is not an item number; it was imported unnumbered.");
            }

            items.Add(item with { Number = number });
        }

        return items;
    }
}
