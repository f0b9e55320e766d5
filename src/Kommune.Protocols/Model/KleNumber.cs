using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// A KLE (<i>KL Emnesystematik</i>) subject number: one to three two-digit groups,
/// main group, group and subject, such as <c>00.32.10</c>.
/// </summary>
/// <remarks>
/// KLE numbers order as the subject index does: by main group, then group, then subject, a
/// shorter number (<c>00.32</c>) before the numbers under it (<c>00.32.10</c>). The groups
/// determine the text, so equal numbers compare as 0 and unequal ones never do.
/// </remarks>
public sealed record KleNumber : IParsable<KleNumber>, ISpanParsable<KleNumber>, IFormattable, IComparable<KleNumber>, IComparable
{
    private const string Expected = "expected one to three two-digit groups separated by dots, such as '00.32.10'";

    private readonly string text;

    private KleNumber(string text, int mainGroup, int? group, int? subject)
    {
        this.text = text;
        MainGroup = mainGroup;
        Group = group;
        Subject = subject;
    }

    /// <summary>The main group (<i>hovedgruppe</i>), 00-99.</summary>
    public int MainGroup { get; }

    /// <summary>The group (<i>gruppe</i>), 00-99, when given.</summary>
    public int? Group { get; }

    /// <summary>The subject (<i>emne</i>), 00-99, when given.</summary>
    public int? Subject { get; }

    /// <summary>Parses <c>00</c>, <c>00.32</c> or <c>00.32.10</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a KLE number; the message shows it and says what was expected.</exception>
    public static KleNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, text) ?? throw NotAKleNumber(text);
    }

    /// <summary>Parses a KLE number from a span of characters, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a KLE number; the message shows it and says what was expected.</exception>
    public static KleNumber Parse(ReadOnlySpan<char> text) => TryParseCore(text, null) ?? throw NotAKleNumber(text);

    /// <summary>Tries to parse a KLE number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text is a KLE number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out KleNumber? result)
    {
        result = text is null ? null : TryParseCore(text, text);
        return result is not null;
    }

    /// <summary>Tries to parse a KLE number from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text is a KLE number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out KleNumber? result)
    {
        result = TryParseCore(text, null);
        return result is not null;
    }

    /// <summary>Parses a KLE number; the provider is ignored because KLE numbers do not depend on a culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a KLE number.</exception>
    static KleNumber IParsable<KleNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a KLE number; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text is a KLE number.</returns>
    static bool IParsable<KleNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out KleNumber result) => TryParse(s, out result);

    /// <summary>Parses a KLE number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a KLE number.</exception>
    static KleNumber ISpanParsable<KleNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a KLE number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text is a KLE number.</returns>
    static bool ISpanParsable<KleNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out KleNumber result) => TryParse(s, out result);

    /// <summary>Whether the first number comes before the second in the subject index; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(KleNumber? left, KleNumber? right) => Compare(left, right) < 0;

    /// <summary>Whether the first number comes before the second or is equal to it; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(KleNumber? left, KleNumber? right) => Compare(left, right) <= 0;

    /// <summary>Whether the first number comes after the second in the subject index; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(KleNumber? left, KleNumber? right) => Compare(left, right) > 0;

    /// <summary>Whether the first number comes after the second or is equal to it; null comes first.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(KleNumber? left, KleNumber? right) => Compare(left, right) >= 0;

    /// <summary>Orders by main group, then group, then subject; a missing group or subject comes first.</summary>
    /// <param name="other">The other number; null comes first.</param>
    /// <returns>Negative, zero or positive as this number comes before, is equal to, or comes after the other.</returns>
    public int CompareTo(KleNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = MainGroup.CompareTo(other.MainGroup);
        order = order != 0 ? order : Nullable.Compare(Group, other.Group);
        order = order != 0 ? order : Nullable.Compare(Subject, other.Subject);

        // The groups determine the text, so this only guards the promise that 0 means equal.
        return order != 0 ? order : string.CompareOrdinal(text, other.text);
    }

    /// <summary>Compares with another KLE number (see <see cref="CompareTo(KleNumber?)"/>).</summary>
    /// <param name="obj">A KLE number, or null (which comes first).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a KLE number.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        KleNumber other => CompareTo(other),
        _ => throw new ArgumentException($"A KleNumber can only be compared with another KleNumber, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether the other number has the same text.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(KleNumber? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <summary>A hash of the text.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => string.GetHashCode(text, StringComparison.Ordinal);

    /// <summary>The number exactly as parsed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    /// <summary>Formats the number: <c>null</c>, <c>""</c> and <c>"G"</c> give the text as parsed; there are no other formats.</summary>
    /// <param name="format">The format: null, empty or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: KLE numbers do not depend on a culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not null, empty or <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ValueFormat.IsGeneral(format) ? text : throw ValueFormat.Unknown(format, nameof(KleNumber));

    /// <summary>Reads a KLE number from exactly the given characters (used by <see cref="CaseNumber"/> for its prefix too).</summary>
    internal static KleNumber? TryParseCore(ReadOnlySpan<char> span, string? original) =>
        TryReadGroups(span, out var main, out var group, out var subject) ? new KleNumber(original ?? span.ToString(), main, group, subject) : null;

    /// <summary>Whether the characters are exactly a KLE number, without making one.</summary>
    internal static bool IsKleNumber(ReadOnlySpan<char> span) => TryReadGroups(span, out _, out _, out _);

    private static bool TryReadGroups(ReadOnlySpan<char> span, out int main, out int? group, out int? subject)
    {
        (main, group, subject) = (0, null, null);
        if (span.Length is not (2 or 5 or 8) || !NumberText.IsDigits(span[..2]))
        {
            return false;
        }

        main = NumberText.Value(span[..2]);
        if (span.Length >= 5)
        {
            if (span[2] != '.' || !NumberText.IsDigits(span[3..5]))
            {
                return false;
            }

            group = NumberText.Value(span[3..5]);
        }

        if (span.Length == 8)
        {
            if (span[5] != '.' || !NumberText.IsDigits(span[6..8]))
            {
                return false;
            }

            subject = NumberText.Value(span[6..8]);
        }

        return true;
    }

    private static int Compare(KleNumber? left, KleNumber? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static FormatException NotAKleNumber(ReadOnlySpan<char> text) => new($"{InputText.Quote(text)} is not a KLE number: {Expected}.");
}
