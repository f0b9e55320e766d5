using System.Globalization;
using System.Text;

namespace Kommune.Protocols.Pdf.Text;

/// <summary>
/// Breaks a paragraph into lines: greedy word wrap at breaking spaces, tabs to the next stop
/// (left or right aligned), line breaks where the text has them, and a word wider than the
/// column broken between its characters (never inside a character cluster unless one cluster is
/// wider than the column). No character is lost: every atom lands in exactly one line, only the
/// spaces at a wrap are left undrawn.
/// </summary>
internal sealed class LineBreaker
{
    private const double Epsilon = 0.001;

    // A breaker whose scratch grew past these (a paragraph of a book's length) is not kept for the next paragraph.
    private const int KeptAtoms = 4096;
    private const int KeptChars = 1 << 16;

    // One breaker per thread is reused, so its scratch lists and builders keep their capacity
    // from paragraph to paragraph instead of growing anew for each (most of the layout's garbage).
    [ThreadStatic]
    private static LineBreaker? spare;

    private readonly List<TextAtom> atoms = [];
    private readonly List<TextAtom> spaces = [];
    private readonly List<TextAtom> word = [];
    private readonly StringBuilder visible = new();
    private readonly StringBuilder original = new();
    private readonly StringBuilder pending = new();
    private LineFormat format = null!;
    private List<IReadOnlyList<LinePiece>> lines = [];
    private List<LinePiece> line = [];
    private double x;
    private bool lineHasContent;

    // The piece being built: consecutive atoms in one face and of one kind (drawn or stand-in) merge.
    private bool pieceOpen;
    private FontFace pieceFace;
    private bool pieceSubstituted;
    private double pieceX;
    private double pieceEnd;

    /// <summary>The lines of the paragraph; a paragraph without text has one empty line.</summary>
    public static IReadOnlyList<IReadOnlyList<LinePiece>> Break(IReadOnlyList<StyledRun> runs, LineFormat format)
    {
        var breaker = spare ?? new LineBreaker();
        spare = null;
        var result = breaker.Lines(runs, format);
        if (breaker.atoms.Capacity <= KeptAtoms && breaker.visible.Capacity <= KeptChars && breaker.original.Capacity <= KeptChars && breaker.pending.Capacity <= KeptChars)
        {
            spare = breaker;
        }

        return result;
    }

    private List<IReadOnlyList<LinePiece>> Lines(IReadOnlyList<StyledRun> runs, LineFormat lineFormat)
    {
        format = lineFormat;
        atoms.Clear();
        spaces.Clear();
        word.Clear();
        visible.Clear();
        original.Clear();
        pending.Clear();
        TextAtoms.AddTo(atoms, runs, format.Size, pending);
        lines = [];
        line = [];
        x = format.FirstLineStart;
        lineHasContent = false;
        pieceOpen = false;
        Run();
        return lines;
    }

    private void Run()
    {
        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            switch (atom.Kind)
            {
                case AtomKind.Word:
                    word.Add(atom);
                    break;
                case AtomKind.Space:
                    FlushWord();
                    spaces.Add(atom);
                    break;
                case AtomKind.Tab:
                    FlushWord();
                    Place(spaces);
                    spaces.Clear();
                    Tab(i);
                    break;
                default:
                    FlushWord();
                    spaces.Clear();
                    NewLine();
                    break;
            }
        }

        FlushWord();
        EndLine();
    }

    private void FlushWord()
    {
        if (word.Count == 0)
        {
            return;
        }

        var width = Sum(word);
        if (lineHasContent && x + Sum(spaces) + width > format.LineEnd + Epsilon)
        {
            NewLine();
        }
        else
        {
            Place(spaces);
        }

        spaces.Clear();
        if (x + width > format.LineEnd + Epsilon)
        {
            PlaceLongWord();
        }
        else
        {
            Place(word);
        }

        word.Clear();
    }

    /// <summary>A word wider than what is left of the line: as much as fits, then the rest on the next lines.</summary>
    private void PlaceLongWord()
    {
        foreach (var atom in word)
        {
            if (x + atom.Width <= format.LineEnd + Epsilon)
            {
                Add(atom);
                continue;
            }

            if (atom.Original is not null)
            {
                // One stand-in character: it cannot be divided.
                if (lineHasContent)
                {
                    NewLine();
                }

                Add(atom);
                continue;
            }

            var map = GlyphMap.For(atom.Face);
            var rest = atom.Visible;
            while (rest.Length > 0)
            {
                var fits = 0;
                var width = 0.0;
                while (fits < rest.Length)
                {
                    var cluster = StringInfo.GetNextTextElementLength(rest.AsSpan(fits));
                    var clusterWidth = map.Width(rest.AsSpan(fits, cluster), format.Size);
                    if (x + width + clusterWidth > format.LineEnd + Epsilon && (fits > 0 || lineHasContent))
                    {
                        break;
                    }

                    fits += cluster;
                    width += clusterWidth;
                }

                if (fits > 0)
                {
                    Add(atom with { Visible = rest[..fits], Width = width });
                    rest = rest[fits..];
                }

                if (rest.Length > 0)
                {
                    NewLine();
                }
            }
        }
    }

    private void Tab(int at)
    {
        if (NextStop() is not { } stop)
        {
            // No stop left on this line: the column starts the next line.
            NewLine();
            return;
        }

        if (stop.Right)
        {
            var segment = 0.0;
            for (var i = at + 1; i < atoms.Count && atoms[i].Kind is AtomKind.Word or AtomKind.Space; i++)
            {
                segment += atoms[i].Width;
            }

            x = Math.Max(x, stop.Position - segment);
        }
        else
        {
            x = stop.Position;
        }

        lineHasContent = true;
    }

    private TabStop? NextStop()
    {
        TabStop? next = null;
        foreach (var stop in format.TabStops)
        {
            if (stop.Position > x + Epsilon && (next is null || stop.Position < next.Value.Position))
            {
                next = stop;
            }
        }

        // A hanging indent is a stop too (a field's value, a list item's text).
        if (format.LineStart > x + Epsilon && (next is null || format.LineStart < next.Value.Position))
        {
            next = new TabStop(format.LineStart);
        }

        next ??= new TabStop((Math.Floor((x + Epsilon) / LineFormat.DefaultTabInterval) + 1) * LineFormat.DefaultTabInterval);
        return next.Value.Position <= format.LineEnd + Epsilon ? next : null;
    }

    private void Place(List<TextAtom> list)
    {
        foreach (var atom in list)
        {
            Add(atom);
        }
    }

    private void Add(TextAtom atom)
    {
        var substituted = atom.Original is not null;
        if (!pieceOpen || pieceFace != atom.Face || pieceSubstituted != substituted || Math.Abs(pieceEnd - x) > Epsilon)
        {
            ClosePiece();
            pieceOpen = true;
            pieceFace = atom.Face;
            pieceSubstituted = substituted;
            pieceX = x;
        }

        visible.Append(atom.Visible);
        if (substituted)
        {
            original.Append(atom.Original);
        }

        x += atom.Width;
        pieceEnd = x;
        lineHasContent = true;
    }

    private void ClosePiece()
    {
        if (!pieceOpen)
        {
            return;
        }

        line.Add(new LinePiece(pieceX, pieceFace, visible.ToString(), pieceSubstituted ? original.ToString() : null));
        visible.Clear();
        original.Clear();
        pieceOpen = false;
    }

    private void EndLine()
    {
        ClosePiece();
        lines.Add(line);
    }

    private void NewLine()
    {
        EndLine();
        line = [];
        x = format.LineStart;
        lineHasContent = false;
    }

    private static double Sum(List<TextAtom> list)
    {
        var sum = 0.0;
        foreach (var atom in list)
        {
            sum += atom.Width;
        }

        return sum;
    }
}
