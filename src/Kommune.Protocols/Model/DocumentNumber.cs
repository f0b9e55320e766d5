using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// A document number in the ESDH system, such as <c>29031/25</c> (serial / two-digit year),
/// <c>2012-203438</c> (year - serial) or <c>2016-003798-1</c> (year - serial - sequence).
/// Text in another form can be kept with <see cref="FromText"/>; it is then not
/// <see cref="IsRecognized"/> and validation warns about it.
/// </summary>
/// <remarks>
/// Order: the forms come from different ESDH systems and have no common order, so
/// <see cref="CompareTo(DocumentNumber?)"/> orders by the text, ordinally: stable, culture-free
/// and in agreement with <see cref="Equals(DocumentNumber?)"/>, but not chronological; for that
/// reason the type has no <c>&lt;</c> or <c>&gt;</c> operators.
/// </remarks>
public sealed record DocumentNumber : IParsable<DocumentNumber>, ISpanParsable<DocumentNumber>, IFormattable, IComparable<DocumentNumber>, IComparable
{
    private const string Expected =
        "expected digits, a slash and a two- or four-digit year ('29031/25'), a four-digit year, a dash and digits ('2012-203438'), or that followed by a dash and a sequence number ('2016-003798-1'). Use DocumentNumber.FromText to keep another form as raw text";

    private readonly string text;

    private DocumentNumber(string text, DocumentNumberForm form, Range? serial, Range? year, Range? sequence)
    {
        this.text = text;
        Form = form;
        Serial = serial is { } s ? text[s] : null;
        Year = year is { } y ? text[y] : null;
        Sequence = sequence is { } q ? text[q] : null;
    }

    /// <summary>The form the text had.</summary>
    public DocumentNumberForm Form { get; }

    /// <summary>The serial part (<c>29031</c>, <c>203438</c>, <c>003798</c>), when recognized.</summary>
    public string? Serial { get; }

    /// <summary>The year part as written (<c>25</c>, <c>2012</c>), when recognized.</summary>
    public string? Year { get; }

    /// <summary>
    /// The document's sequence number within its case (<c>1</c> in <c>2016-003798-1</c>), for
    /// <see cref="DocumentNumberForm.YearDashSerialSequence"/>; null for the other forms.
    /// </summary>
    public string? Sequence { get; }

    /// <summary>Whether the text had a known form.</summary>
    public bool IsRecognized => Form != DocumentNumberForm.Unrecognized;

    /// <summary>Parses <c>29031/25</c>, <c>2012-203438</c> or <c>2016-003798-1</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text has none of the known forms; the message shows it and lists the forms.</exception>
    public static DocumentNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, text) ?? throw NotADocumentNumber(text);
    }

    /// <summary>Parses a document number from a span of characters, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text has none of the known forms; the message shows it and lists the forms.</exception>
    public static DocumentNumber Parse(ReadOnlySpan<char> text) => TryParseCore(text, null) ?? throw NotADocumentNumber(text);

    /// <summary>Tries to parse a document number in one of the known forms.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text has a known form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentNumber? result)
    {
        result = text is null ? null : TryParseCore(text, text);
        return result is not null;
    }

    /// <summary>Tries to parse a document number in one of the known forms from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text has a known form.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out DocumentNumber? result)
    {
        result = TryParseCore(text, null);
        return result is not null;
    }

    /// <summary>Parses a document number; the provider is ignored because document numbers do not depend on a culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text has none of the known forms.</exception>
    static DocumentNumber IParsable<DocumentNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a document number; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text has a known form.</returns>
    static bool IParsable<DocumentNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out DocumentNumber result) => TryParse(s, out result);

    /// <summary>Parses a document number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text has none of the known forms.</exception>
    static DocumentNumber ISpanParsable<DocumentNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a document number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text has a known form.</returns>
    static bool ISpanParsable<DocumentNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out DocumentNumber result) => TryParse(s, out result);

    /// <summary>Keeps any non-empty text: parsed when it has a known form, kept as raw text otherwise.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is empty (use <see langword="null"/> for "no document number").</exception>
    public static DocumentNumber FromText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return TryParseCore(text, text) ?? new DocumentNumber(text, DocumentNumberForm.Unrecognized, null, null, null);
    }

    /// <summary>Orders by the text, ordinally (see the remarks on <see cref="DocumentNumber"/>: not a chronological order).</summary>
    /// <param name="other">The other number; null comes first.</param>
    /// <returns>Negative, zero or positive as this number's text comes before, is equal to, or comes after the other's.</returns>
    public int CompareTo(DocumentNumber? other) => other is null ? 1 : string.CompareOrdinal(text, other.text);

    /// <summary>Compares with another document number (see <see cref="CompareTo(DocumentNumber?)"/>).</summary>
    /// <param name="obj">A document number, or null (which comes first).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a document number.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DocumentNumber other => CompareTo(other),
        _ => throw new ArgumentException($"A DocumentNumber can only be compared with another DocumentNumber, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether the other number has exactly the same text.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DocumentNumber? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <summary>A hash of the text.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => string.GetHashCode(text, StringComparison.Ordinal);

    /// <summary>The number exactly as given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    /// <summary>Formats the number: <c>null</c>, <c>""</c> and <c>"G"</c> give the text as given; there are no other formats.</summary>
    /// <param name="format">The format: null, empty or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: document numbers do not depend on a culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not null, empty or <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ValueFormat.IsGeneral(format) ? text : throw ValueFormat.Unknown(format, nameof(DocumentNumber));

    private static DocumentNumber? TryParseCore(ReadOnlySpan<char> span, string? original)
    {
        var slash = span.IndexOf('/');
        if (slash > 0)
        {
            var year = span[(slash + 1)..];
            return NumberText.IsDigits(span[..slash]) && (year.Length is 2 or 4) && NumberText.IsDigits(year)
                ? new DocumentNumber(original ?? span.ToString(), DocumentNumberForm.SerialSlashYear, ..slash, (slash + 1).., null)
                : null;
        }

        // 2012-203438 or 2016-003798-1: a four-digit year, a serial, perhaps a sequence.
        if (span.Length < 6 || span[4] != '-' || !NumberText.IsDigits(span[..4]))
        {
            return null;
        }

        var rest = span[5..];
        var dash = rest.IndexOf('-');
        if (dash < 0)
        {
            return NumberText.IsDigits(rest)
                ? new DocumentNumber(original ?? span.ToString(), DocumentNumberForm.YearDashSerial, 5.., ..4, null)
                : null;
        }

        return NumberText.IsDigits(rest[..dash]) && NumberText.IsDigits(rest[(dash + 1)..])
            ? new DocumentNumber(original ?? span.ToString(), DocumentNumberForm.YearDashSerialSequence, 5..(5 + dash), ..4, (5 + dash + 1)..)
            : null;
    }

    private static FormatException NotADocumentNumber(ReadOnlySpan<char> text) => new($"{InputText.Quote(text)} is not a document number: {Expected}.");
}
