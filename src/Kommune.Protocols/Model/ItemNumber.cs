using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// An agenda item's number as printed: <c>1</c>, <c>138</c> (councils number through the year)
/// or a sub-item such as <c>1.a</c> or <c>2.1</c>. The number says nothing of the order:
/// items are printed in list order.
/// </summary>
public sealed record ItemNumber : IComparable<ItemNumber>
{
    private readonly string text;

    private ItemNumber(string text, int main, string? sub)
    {
        this.text = text;
        Main = main;
        Sub = sub;
    }

    /// <summary>The leading number (<c>1</c> in <c>1.a</c>).</summary>
    public int Main { get; }

    /// <summary>The sub-item part after the dot (<c>a</c> in <c>1.a</c>), if any.</summary>
    public string? Sub { get; }

    /// <summary>Parses a number: digits, optionally a dot and letters or digits (<c>1.a</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The item number.</returns>
    /// <exception cref="FormatException">The text is not an item number.</exception>
    public static ItemNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not an item number: expected digits, optionally followed by a dot and letters or digits, such as '4', '138' or '1.a'.");
    }

    /// <summary>Tries to parse an item number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The item number, when the text is one.</param>
    /// <returns>Whether the text is an item number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ItemNumber? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var main = dot < 0 ? text.AsSpan() : text.AsSpan(0, dot);
        if (main.Length is 0 or > 6 || !NumberText.IsDigits(main))
        {
            return false;
        }

        string? sub = null;
        if (dot >= 0)
        {
            var tail = text.AsSpan(dot + 1);
            if (tail.IsEmpty || tail.Length > 6)
            {
                return false;
            }

            foreach (var c in tail)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }
            }

            sub = tail.ToString();
        }

        result = new ItemNumber(text, int.Parse(main, System.Globalization.CultureInfo.InvariantCulture), sub);
        return true;
    }

    /// <summary>Orders by the leading number, then by the sub-item text (ordinal).</summary>
    /// <param name="other">The other number.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(ItemNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byMain = Main.CompareTo(other.Main);
        return byMain != 0 ? byMain : string.CompareOrdinal(Sub, other.Sub);
    }

    /// <summary>The number exactly as parsed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;
}
