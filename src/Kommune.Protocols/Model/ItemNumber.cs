using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// An agenda item's number as printed: <c>1</c>, <c>138</c> (councils number through the year)
/// or a sub-item such as <c>1.a</c> or <c>2.1</c>. The number says nothing of the order:
/// items are printed in list order.
/// </summary>
/// <remarks>
/// The text is kept exactly: <c>01</c> and <c>1</c> are different numbers (they are printed
/// differently), so they are not equal, and <see cref="CompareTo(ItemNumber?)"/> does not call
/// them the same either; it orders them next to each other.
/// </remarks>
public sealed record ItemNumber : IParsable<ItemNumber>, ISpanParsable<ItemNumber>, IFormattable, IComparable<ItemNumber>, IComparable
{
    /// <summary>The most digits the main number and the sub-item may each have.</summary>
    private const int MaxPartLength = 6;

    private const string Expected = "expected digits, optionally followed by a dot and letters or digits, such as '4', '138' or '1.a'";

    private static readonly System.Buffers.SearchValues<char> SubCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

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

    /// <summary>Whether this is a sub-item's number (<c>1.a</c>), not a main item's (<c>1</c>).</summary>
    public bool IsSubItem => Sub is not null;

    /// <summary>The number of a main item: <c>FromInt32(12)</c> is <c>12</c>.</summary>
    /// <param name="main">The number, 0 to 999999.</param>
    /// <returns>The item number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="main"/> is negative or has more than six digits.</exception>
    public static ItemNumber FromInt32(int main)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(main);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(main, 999_999);
        var text = main.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ItemNumber(text, main, null);
    }

    /// <summary>Parses a number: digits, optionally a dot and letters or digits (<c>1.a</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The item number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an item number; the message shows it and says what was expected.</exception>
    public static ItemNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, text) ?? throw NotAnItemNumber(text);
    }

    /// <summary>Parses a number from a span of characters, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The item number.</returns>
    /// <exception cref="FormatException">The text is not an item number; the message shows it and says what was expected.</exception>
    public static ItemNumber Parse(ReadOnlySpan<char> text) => TryParseCore(text, null) ?? throw NotAnItemNumber(text);

    /// <summary>Tries to parse an item number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The item number, when the text is one.</param>
    /// <returns>Whether the text is an item number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ItemNumber? result)
    {
        result = text is null ? null : TryParseCore(text, text);
        return result is not null;
    }

    /// <summary>Tries to parse an item number from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The item number, when the text is one.</param>
    /// <returns>Whether the text is an item number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out ItemNumber? result)
    {
        result = TryParseCore(text, null);
        return result is not null;
    }

    /// <summary>Parses an item number; the provider is ignored because item numbers do not depend on a culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The item number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an item number.</exception>
    static ItemNumber IParsable<ItemNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an item number; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The item number, when the text is one.</param>
    /// <returns>Whether the text is an item number.</returns>
    static bool IParsable<ItemNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ItemNumber result) => TryParse(s, out result);

    /// <summary>Parses an item number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The item number.</returns>
    /// <exception cref="FormatException">The text is not an item number.</exception>
    static ItemNumber ISpanParsable<ItemNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an item number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The item number, when the text is one.</param>
    /// <returns>Whether the text is an item number.</returns>
    static bool ISpanParsable<ItemNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out ItemNumber result) => TryParse(s, out result);

    /// <summary>Whether the first number comes before the second (see <see cref="CompareTo(ItemNumber?)"/>); null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ItemNumber? left, ItemNumber? right) => Compare(left, right) < 0;

    /// <summary>Whether the first number comes before the second or is equal to it; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ItemNumber? left, ItemNumber? right) => Compare(left, right) <= 0;

    /// <summary>Whether the first number comes after the second; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ItemNumber? left, ItemNumber? right) => Compare(left, right) > 0;

    /// <summary>Whether the first number comes after the second or is equal to it; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ItemNumber? left, ItemNumber? right) => Compare(left, right) >= 0;

    /// <summary>The number of a sub-item of this item: <c>FromInt32(1).SubItem("a")</c> is <c>1.a</c>.</summary>
    /// <param name="sub">The sub-item: one to six ASCII letters or digits, such as <c>a</c> or <c>2</c>.</param>
    /// <returns>The sub-item's number; the main number keeps its text (<c>01</c> gives <c>01.a</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sub"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sub"/> is not one to six ASCII letters or digits.</exception>
    /// <exception cref="InvalidOperationException">This number is a sub-item's already; numbers have one level of sub-items.</exception>
    public ItemNumber SubItem(string sub)
    {
        ArgumentNullException.ThrowIfNull(sub);
        if (!IsSubText(sub))
        {
            throw new ArgumentException($"A sub-item is one to six ASCII letters or digits, such as 'a' or '2'; got {InputText.Quote(sub)}.", nameof(sub));
        }

        if (IsSubItem)
        {
            throw new InvalidOperationException($"'{text}' is a sub-item's number already; item numbers have one level of sub-items ('1.a').");
        }

        return new ItemNumber(text + "." + sub, Main, sub);
    }

    /// <summary>The number of a numbered sub-item of this item: <c>FromInt32(2).SubItem(1)</c> is <c>2.1</c>.</summary>
    /// <param name="sub">The sub-item's number, 0 to 999999.</param>
    /// <returns>The sub-item's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sub"/> is negative or has more than six digits.</exception>
    /// <exception cref="InvalidOperationException">This number is a sub-item's already.</exception>
    public ItemNumber SubItem(int sub)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sub);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sub, 999_999);
        return SubItem(sub.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Orders by the main number, then main items before their sub-items, then by the sub-item:
    /// numeric sub-items by value (<c>2.9</c> before <c>2.10</c>) and before lettered ones, lettered
    /// ones alphabetically ignoring case (<c>1.a</c>, <c>1.B</c>, <c>1.c</c>). Numbers that are still
    /// level (<c>1</c> and <c>01</c>) are ordered by their text, ordinally, so the result is 0 only
    /// for equal numbers.
    /// </summary>
    /// <param name="other">The other number; null comes first.</param>
    /// <returns>Negative, zero or positive as this number comes before, is equal to, or comes after the other.</returns>
    public int CompareTo(ItemNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Main.CompareTo(other.Main);
        if (order == 0)
        {
            order = CompareSub(Sub, other.Sub);
        }

        return order != 0 ? order : string.CompareOrdinal(text, other.text);
    }

    /// <summary>Compares with another item number (see <see cref="CompareTo(ItemNumber?)"/>).</summary>
    /// <param name="obj">An item number, or null (which comes first).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an item number.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ItemNumber other => CompareTo(other),
        _ => throw new ArgumentException($"An ItemNumber can only be compared with another ItemNumber, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether the other number has exactly the same text (<c>01</c> is not <c>1</c>).</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ItemNumber? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <summary>A hash of the text.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => string.GetHashCode(text, StringComparison.Ordinal);

    /// <summary>The number exactly as parsed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    /// <summary>Formats the number: <c>null</c>, <c>""</c> and <c>"G"</c> give the text exactly as parsed; there are no other formats.</summary>
    /// <param name="format">The format: null, empty or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: item numbers do not depend on a culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not null, empty or <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ValueFormat.IsGeneral(format) ? text : throw ValueFormat.Unknown(format, nameof(ItemNumber));

    private static int Compare(ItemNumber? left, ItemNumber? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static int CompareSub(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        var leftNumeric = NumberText.IsDigits(left);
        var rightNumeric = NumberText.IsDigits(right);
        if (leftNumeric != rightNumeric)
        {
            return leftNumeric ? -1 : 1;
        }

        // Sub-items have at most six digits, so their values fit an int.
        var order = leftNumeric
            ? NumberText.Value(left).CompareTo(NumberText.Value(right))
            : string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
        return order != 0 ? order : string.CompareOrdinal(left, right);
    }

    private static bool IsSubText(ReadOnlySpan<char> sub) => sub.Length is > 0 and <= MaxPartLength && !sub.ContainsAnyExcept(SubCharacters);

    private static ItemNumber? TryParseCore(ReadOnlySpan<char> span, string? original)
    {
        var dot = span.IndexOf('.');
        var main = dot < 0 ? span : span[..dot];
        if (!NumberText.IsDigits(main, 1, MaxPartLength))
        {
            return null;
        }

        var sub = dot < 0 ? default : span[(dot + 1)..];
        if (dot >= 0 && !IsSubText(sub))
        {
            return null;
        }

        var text = original ?? span.ToString();
        return new ItemNumber(text, NumberText.Value(main), dot < 0 ? null : text[(dot + 1)..]);
    }

    private static FormatException NotAnItemNumber(ReadOnlySpan<char> text) => new($"{InputText.Quote(text)} is not an item number: {Expected}.");
}
