using System.Diagnostics.CodeAnalysis;

namespace Kommune.Protocols.Model;

/// <summary>
/// A KLE (<i>KL Emnesystematik</i>) subject number: one to three two-digit groups,
/// main group, group and subject, such as <c>00.32.10</c>.
/// </summary>
public sealed record KleNumber
{
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
    /// <exception cref="FormatException">The text is not a KLE number; the message says what was expected.</exception>
    public static KleNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a KLE number: expected one to three two-digit groups separated by dots, such as '00.32.10'.");
    }

    /// <summary>Tries to parse a KLE number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, when the text is one.</param>
    /// <returns>Whether the text is a KLE number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out KleNumber? result)
    {
        result = null;
        if (text is null || (text.Length != 2 && text.Length != 5 && text.Length != 8))
        {
            return false;
        }

        var groups = new int?[3];
        for (var g = 0; g * 3 < text.Length; g++)
        {
            var at = g * 3;
            if (g > 0 && text[at - 1] != '.')
            {
                return false;
            }

            if (!char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]))
            {
                return false;
            }

            groups[g] = ((text[at] - '0') * 10) + (text[at + 1] - '0');
        }

        result = new KleNumber(text, groups[0]!.Value, groups[1], groups[2]);
        return true;
    }

    /// <summary>The number exactly as parsed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;
}
