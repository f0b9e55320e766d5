using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// A case (journal) number (<i>sagsnummer</i>). ESDH systems write these differently; the known
/// forms are parsed into parts (<see cref="CaseNumberForm"/>), the text is kept exactly, and
/// <see cref="FromText"/> keeps any other text as <see cref="CaseNumberForm.Unrecognized"/>.
/// </summary>
/// <remarks>
/// <para>Known forms, each with an example:</para>
/// <list type="bullet">
/// <item><c>24/5333</c>, <c>12/27845</c>, <c>22/2694</c>: <see cref="CaseNumberForm.YearSlashSerial"/>.</item>
/// <item><c>2019-012345</c>, <c>2013-003869</c>: <see cref="CaseNumberForm.YearDashSerial"/>.</item>
/// <item><c>00.32.10.S00 24/5333</c>, <c>00.01.00.Ø00 22/1234</c>: <see cref="CaseNumberForm.KleFacetJournal"/>.</item>
/// <item><c>00.32.10-S00-1-24</c>, <c>00.01.00-Ø00-1-22</c>: <see cref="CaseNumberForm.KleFacetSerialYear"/>.</item>
/// <item><c>1-40-72-7-22</c>, <c>0-3-1-20</c>: <see cref="CaseNumberForm.PlanSerialYear"/>.</item>
/// </list>
/// <para>
/// Order: case numbers from different ESDH systems have no common order (a two-digit year, a
/// four-digit year, a journal plan), so <see cref="CompareTo(CaseNumber?)"/> orders by the text,
/// ordinally. That order is stable, culture-free and agrees with <see cref="Equals(CaseNumber?)"/>,
/// so case numbers can be sorted and kept in sorted collections; it is not chronological, and
/// for that reason the type has no <c>&lt;</c> or <c>&gt;</c> operators.
/// </para>
/// </remarks>
public sealed record CaseNumber : IParsable<CaseNumber>, ISpanParsable<CaseNumber>, IFormattable, IComparable<CaseNumber>, IComparable
{
    private const string Expected =
        "expected '24/5333', '2019-012345', '00.32.10.S00 24/5333', '00.32.10-S00-1-24' or '1-40-72-7-22'. Use CaseNumber.FromText to keep another form as raw text";

    private readonly string text;

    private CaseNumber(string text, CaseNumberParts parts)
    {
        this.text = text;
        Form = parts.Form;
        Kle = Part(text, parts.Kle) is { } kle ? KleNumber.TryParseCore(kle, kle) : null;
        Facet = Part(text, parts.Facet);
        Year = Part(text, parts.Year);
        Serial = Part(text, parts.Serial);
        Plan = Part(text, parts.Plan);
    }

    /// <summary>The form the text had.</summary>
    public CaseNumberForm Form { get; }

    /// <summary>Whether the text had a known form.</summary>
    public bool IsRecognized => Form != CaseNumberForm.Unrecognized;

    /// <summary>The KLE subject number, when the form has one.</summary>
    public KleNumber? Kle { get; }

    /// <summary>The KLE action facet (<i>handlingsfacet</i>) such as <c>S00</c> or <c>Ø00</c>, when the form has one.</summary>
    public string? Facet { get; }

    /// <summary>The year as written (<c>24</c> or <c>2019</c>), when recognized.</summary>
    public string? Year { get; }

    /// <summary>The serial as written (<c>5333</c>, <c>012345</c>), when recognized.</summary>
    public string? Serial { get; }

    /// <summary>
    /// The journal-plan groups as written (<c>1-40-72</c> in <c>1-40-72-7-22</c>), for
    /// <see cref="CaseNumberForm.PlanSerialYear"/>; null for the other forms.
    /// </summary>
    public string? Plan { get; }

    /// <summary>
    /// Parses <c>24/5333</c>, <c>2019-012345</c>, <c>00.32.10.S00 24/5333</c> (any run of spaces
    /// between the parts), <c>00.32.10-S00-1-24</c> or <c>1-40-72-7-22</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text has none of the known forms; the message shows it and lists the forms.</exception>
    public static CaseNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, text) ?? throw NotACaseNumber(text);
    }

    /// <summary>Parses a case number from a span of characters, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="FormatException">The text has none of the known forms; the message shows it and lists the forms.</exception>
    public static CaseNumber Parse(ReadOnlySpan<char> text) => TryParseCore(text, null) ?? throw NotACaseNumber(text);

    /// <summary>Tries to parse a case number in one of the known forms.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The case number, when recognized.</param>
    /// <returns>Whether the text has a known form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseNumber? result)
    {
        result = text is null ? null : TryParseCore(text, text);
        return result is not null;
    }

    /// <summary>Tries to parse a case number in one of the known forms from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The case number, when recognized.</param>
    /// <returns>Whether the text has a known form.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out CaseNumber? result)
    {
        result = TryParseCore(text, null);
        return result is not null;
    }

    /// <summary>Parses a case number; the provider is ignored because case numbers do not depend on a culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text has none of the known forms.</exception>
    static CaseNumber IParsable<CaseNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a case number; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The case number, when recognized.</param>
    /// <returns>Whether the text has a known form.</returns>
    static bool IParsable<CaseNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CaseNumber result) => TryParse(s, out result);

    /// <summary>Parses a case number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="FormatException">The text has none of the known forms.</exception>
    static CaseNumber ISpanParsable<CaseNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a case number from a span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The case number, when recognized.</param>
    /// <returns>Whether the text has a known form.</returns>
    static bool ISpanParsable<CaseNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out CaseNumber result) => TryParse(s, out result);

    /// <summary>Keeps any non-empty text: parsed when it has a known form, kept as raw text otherwise.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is empty (use <see langword="null"/> for "no case number").</exception>
    public static CaseNumber FromText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return TryParseCore(text, text) ?? new CaseNumber(text, default);
    }

    /// <summary>Orders by the text, ordinally (see the remarks on <see cref="CaseNumber"/>: this is not a chronological order).</summary>
    /// <param name="other">The other case number; null comes first.</param>
    /// <returns>Negative, zero or positive as this number's text comes before, is equal to, or comes after the other's.</returns>
    public int CompareTo(CaseNumber? other) => other is null ? 1 : string.CompareOrdinal(text, other.text);

    /// <summary>Compares with another case number (see <see cref="CompareTo(CaseNumber?)"/>).</summary>
    /// <param name="obj">A case number, or null (which comes first).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a case number.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CaseNumber other => CompareTo(other),
        _ => throw new ArgumentException($"A CaseNumber can only be compared with another CaseNumber, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether the other case number has exactly the same text.</summary>
    /// <param name="other">The other case number.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CaseNumber? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <summary>A hash of the text.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => string.GetHashCode(text, StringComparison.Ordinal);

    /// <summary>The case number exactly as given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    /// <summary>Formats the case number: <c>null</c>, <c>""</c> and <c>"G"</c> give the text as given; there are no other formats.</summary>
    /// <param name="format">The format: null, empty or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: case numbers do not depend on a culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not null, empty or <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ValueFormat.IsGeneral(format) ? text : throw ValueFormat.Unknown(format, nameof(CaseNumber));

    private static string? Part(string text, Range? range) => range is { } r ? text[r] : null;

    private static CaseNumber? TryParseCore(ReadOnlySpan<char> span, string? original) =>
        CaseNumberParts.Read(span) is { } parts ? new CaseNumber(original ?? span.ToString(), parts) : null;

    private static FormatException NotACaseNumber(ReadOnlySpan<char> text) => new($"{InputText.Quote(text)} is not a case number: {Expected}.");
}
