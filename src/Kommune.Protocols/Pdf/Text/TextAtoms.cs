using System.Globalization;
using System.Text;

namespace Kommune.Protocols.Pdf.Text;

/// <summary>Cuts runs into atoms: words, breaking spaces, tabs and line breaks, with every character the font cannot carry in an atom of its own.</summary>
internal static class TextAtoms
{
    /// <summary>Adds the atoms of <paramref name="runs"/> to <paramref name="atoms"/>, using <paramref name="pending"/> (empty) to gather a word.</summary>
    public static void AddTo(List<TextAtom> atoms, IReadOnlyList<StyledRun> runs, double size, StringBuilder pending)
    {
        // By index: a foreach over the interface would allocate an enumerator per paragraph.
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var map = GlyphMap.For(run.Face);
            var pendingKind = AtomKind.Word;
            var text = run.Text;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                AtomKind? control = c switch
                {
                    '\n' or '\u2028' or '\u2029' or '\u0085' => AtomKind.Break,
                    '\t' => AtomKind.Tab,
                    _ => null,
                };
                if (c == '\r' || control is not null)
                {
                    Flush();

                    // CR is dropped: CR LF is one line break, as in the DOCX.
                    if (control is { } kind)
                    {
                        atoms.Add(new TextAtom(kind, run.Face, string.Empty, null, 0));
                    }

                    continue;
                }

                var atomKind = IsBreakingSpace(c) ? AtomKind.Space : AtomKind.Word;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    Substitute(text.Substring(i, 2), map.Replacement, atomKind);
                    i++;
                    continue;
                }

                // A space the font lacks is drawn as a plain space: it is white either way.
                if (!map.Draws(c) && char.IsWhiteSpace(c))
                {
                    c = ' ';
                }

                if (!map.Draws(c))
                {
                    Substitute(c.ToString(), map.Replacement, atomKind);
                    continue;
                }

                if (pending.Length > 0 && pendingKind != atomKind)
                {
                    Flush();
                }

                pendingKind = atomKind;
                pending.Append(c);
            }

            Flush();

            void Substitute(string original, char visible, AtomKind kind)
            {
                Flush();
                Span<char> one = [visible];
                atoms.Add(new TextAtom(kind, run.Face, visible.ToString(), original, map.Width(one, size)));
            }

            void Flush()
            {
                if (pending.Length == 0)
                {
                    return;
                }

                var piece = pending.ToString();
                atoms.Add(new TextAtom(pendingKind, run.Face, piece, null, map.Width(piece, size)));
                pending.Clear();
            }
        }
    }

    /// <summary>Spaces a line may break at: the space separators except the no-break ones (a zero-width space is kept as text: a reader must get it back).</summary>
    private static bool IsBreakingSpace(char c) =>
        c == ' ' ||
        (c is not ('\u00A0' or '\u2007' or '\u202F') && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);
}
