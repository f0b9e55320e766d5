using System.Globalization;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// The state of one import: its options and the report being written. Readers say what they
/// guessed or dropped here, with the element it concerns; entries that would repeat for every
/// item (a value the model has no place for) are counted into one entry at their first place.
/// </summary>
internal sealed class ImportContext(ImportOptions options)
{
    private readonly List<Pending> issues = [];
    private readonly Dictionary<string, Counted> counted = new(StringComparer.Ordinal);
    private long order;

    public ImportOptions Options { get; } = options;

    /// <summary>Adds an entry about an element (or the whole file when null).</summary>
    public void Report(ImportCode code, SourceElement? at, string message) => issues.Add(new Pending(order++, code, at, null, message));

    /// <summary>Adds an entry about a line of the file.</summary>
    public void ReportLine(ImportCode code, int line, string message) => issues.Add(new Pending(order++, code, null, line, message));

    /// <summary>
    /// Counts an entry that would repeat (one per item): the report gets one entry, at the first
    /// place, saying how often. <paramref name="key"/> groups the occurrences.
    /// </summary>
    public void Count(ImportCode code, SourceElement at, string key, string message)
    {
        if (counted.TryGetValue(key, out var known))
        {
            known.Times++;
            return;
        }

        counted[key] = new Counted(order++, code, at, message);
    }

    /// <summary>Reports a value the model has no place for, once per element name (counted).</summary>
    public void NotMapped(SourceElement at, string what) =>
        Count(ImportCodes.NotMapped, at, "not-mapped:" + at.Name + ":" + at.Attribute("name"), $"not imported: {what} (the model has no place for it)");

    /// <summary>The text with every character a document cannot carry removed, reported against <paramref name="at"/>.</summary>
    public string Printable(string text, SourceElement? at)
    {
        if (TextCharacters.FirstUnprintable(text) < 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        var removed = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                kept.Append(c);
            }
            else if (removed.Count < 3)
            {
                removed.Add(string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"));
            }
        }

        Report(ImportCodes.ControlCharacters, at, $"removed characters XML 1.0 cannot carry ({string.Join(", ", removed.Distinct())}).");
        return kept.ToString();
    }

    /// <summary>
    /// The report, in source order. Paths are named only now: an element's index among its
    /// siblings is known once the whole file is read.
    /// </summary>
    public ImportReport Finish()
    {
        var all = issues.Concat(counted.Values.Select(c => new Pending(
            c.Order,
            c.Code,
            c.At,
            null,
            c.Times == 1 ? c.Message : string.Create(CultureInfo.InvariantCulture, $"{c.Message}; {c.Times} times, the first here"))));
        return new ImportReport(all.OrderBy(e => e.Order).Select(e => new ImportIssue(
            e.Code.Code,
            e.Code.Severity,
            e.Message,
            e.At?.Path ?? string.Empty,
            e.At?.Line ?? e.Line,
            e.At?.Column)));
    }

    private sealed record Pending(long Order, ImportCode Code, SourceElement? At, int? Line, string Message);

    private sealed class Counted(long order, ImportCode code, SourceElement at, string message)
    {
        public long Order { get; } = order;

        public ImportCode Code { get; } = code;

        public SourceElement At { get; } = at;

        public string Message { get; } = message;

        public int Times { get; set; } = 1;
    }
}
