using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// A document number in the ESDH system, such as <c>29031/25</c> (serial / two-digit year).
/// Text in another form can be kept with <see cref="FromText"/>; it is then not
/// <see cref="IsRecognized"/> and validation warns about it.
/// </summary>
public sealed record DocumentNumber
{
    private readonly string text;

    private DocumentNumber(string text, string? serial, string? year)
    {
        this.text = text;
        Serial = serial;
        Year = year;
    }

    /// <summary>The serial part (<c>29031</c>), when recognized.</summary>
    public string? Serial { get; }

    /// <summary>The year part as written (<c>25</c>), when recognized.</summary>
    public string? Year { get; }

    /// <summary>Whether the text had the form <c>serial/yy</c>.</summary>
    public bool IsRecognized => Serial is not null;

    /// <summary>Parses <c>29031/25</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not in the form serial/year.</exception>
    public static DocumentNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a document number: expected digits, a slash and a two- or four-digit year, such as '29031/25'.");
    }

    /// <summary>Tries to parse a document number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text is a document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentNumber? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !NumberText.IsDigits(text.AsSpan(0, slash)))
        {
            return false;
        }

        var year = text.AsSpan(slash + 1);
        if ((year.Length != 2 && year.Length != 4) || !NumberText.IsDigits(year))
        {
            return false;
        }

        result = new DocumentNumber(text, text[..slash], year.ToString());
        return true;
    }

    /// <summary>Keeps any non-empty text: parsed when it has a known form, kept as raw text otherwise.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException">The text is empty (use <see langword="null"/> for "no document number").</exception>
    public static DocumentNumber FromText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return TryParse(text, out var result) ? result : new DocumentNumber(text, null, null);
    }

    /// <summary>The number exactly as given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;
}
