using System.Globalization;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Printed item numbers: read as the source writes them (<c>12</c>, <c>12.</c>, <c>Pkt. 12</c>,
/// <c>1.a</c>), and, where the source has none or an unreadable one, a guess the report names:
/// the item's position when no other item has that number, else the next number above all.
/// </summary>
internal static class ItemNumbering
{
    /// <summary>The number an item carries until <see cref="Complete"/> gives it its own (the model requires one).</summary>
    public static ItemNumber Placeholder { get; } = ItemNumber.Parse("0");

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
    /// The items with every missing number filled in. <paramref name="read"/> holds what
    /// the source said, position by position (null: none or unreadable; the raw text and the
    /// element are there for the report).
    /// </summary>
    public static List<AgendaItem> Complete(ImportContext context, List<(AgendaItem Item, ItemNumber? Number, string? Raw, SourceElement At)> read)
    {
        var used = new HashSet<int>(read.Where(r => r.Number is not null).Select(r => r.Number!.Main));
        var next = used.Count == 0 ? 1 : used.Max() + 1;
        var items = new List<AgendaItem>(read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var (item, number, raw, at) = read[i];
            if (number is null)
            {
                var guess = used.Add(i + 1) ? i + 1 : next++;
                used.Add(guess);
                next = Math.Max(next, guess + 1);
                number = ItemNumber.Parse(guess.ToString(CultureInfo.InvariantCulture));
                context.Report(ImportCodes.NumberGuessed, at, raw is null
                    ? $"item '{SourceValues.Shorten(item.Title)}' has no printed number; it was numbered {guess}."
                    : $"item '{SourceValues.Shorten(item.Title)}' has the number '{SourceValues.Shorten(raw)}', which is not an item number; it was numbered {guess}.");
            }

            items.Add(item with { Number = number });
        }

        return items;
    }
}
