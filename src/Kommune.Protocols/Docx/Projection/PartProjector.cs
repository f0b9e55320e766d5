using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// Projects one part (the main document, a header or a footer) as its XML streams past: a stack
/// of frames, one per open element, says what each element is where it stands (a <c>w:p</c> in
/// the body is a paragraph, a <c>w:p</c> in a run is not), the way the Open XML SDK typed them.
/// Nothing recurses: the stack is on the heap and no deeper than
/// <see cref="DocxProjectionOptions.MaxDepth"/>. The loop and the methods it calls for every
/// element are compiled fully optimized from their first call: a hostile document is at its
/// most expensive on a cold start, before tiered compilation would optimize them. Only one
/// paragraph and one run can be open at a time (nothing the projection reads nests them), even
/// with a header projected in between, so their text is kept in one buffer each, shared by all
/// parts.
/// </summary>
internal sealed partial class PartProjector
{
    private readonly ProjectionContext context;
    private readonly PartXml xml;
    private readonly XmlReader reader;
    private readonly Root root;
    private readonly int maxLine;
    private readonly List<FieldState> fieldStates = [];
    private readonly StringBuilder paragraph;
    private readonly StringBuilder run;
    private Frame[] frames = new Frame[32];
    private int depth;
    private int fieldDepth;

    // The open paragraph.
    private string? styleId;
    private int? numId;
    private int paragraphTableLevel;
    private bool paragraphInBody;
    private SectionProperties? paragraphSection;

    // The open run and the section properties being read.
    private bool bold;
    private bool italic;
    private SectionProperties? section;

    public PartProjector(ProjectionContext context, PartXml xml, Root root)
    {
        this.context = context;
        this.xml = xml;
        reader = xml.Reader;
        this.root = root;
        maxLine = xml.Options.MaxLineLength;
        paragraph = context.Paragraph;
        run = context.Run;
    }

    /// <summary>The root element a part must have.</summary>
    public enum Root
    {
        /// <summary><c>w:document</c>.</summary>
        Document,

        /// <summary><c>w:hdr</c>.</summary>
        Header,

        /// <summary><c>w:ftr</c>.</summary>
        Footer,
    }

    private ProjectionText Output => context.Output;

    /// <summary>Reads the part to its end (a part that turns malformed after its body is still refused).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run()
    {
        Push(new Frame(Kind.Root));
        while (xml.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    Enter();
                    if (empty)
                    {
                        Leave();
                    }

                    break;
                case XmlNodeType.EndElement:
                    Leave();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Text();
                    break;
            }
        }
    }

    private void Push(Frame frame)
    {
        if (depth == frames.Length)
        {
            Array.Resize(ref frames, depth * 2);
        }

        frames[depth++] = frame;
    }

    // The text of w:t and w:instrText is what the SDK read for them: the first run of text (or
    // CDATA, or white space) directly inside; comments, instructions and elements before it are
    // passed over, and anything after it is left out.
    private void Text()
    {
        ref var top = ref frames[depth - 1];
        if ((top.Kind is Kind.Text or Kind.FieldCode) && top.First(Seen.First))
        {
            xml.AppendValue(top.Kind == Kind.Text ? run : CurrentField.Instruction, maxLine, context.Chunk);
        }
    }

    /// <summary>Appends to a paragraph, run or instruction buffer, none of which may outgrow a line.</summary>
    private void Capped(StringBuilder buffer, string value)
    {
        Reserve(buffer, value.Length);
        buffer.Append(value);
    }

    private void Reserve(StringBuilder buffer, int more)
    {
        if (buffer.Length + (long)more > maxLine)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxLineLength), maxLine, "the text of one paragraph", xml.Part, xml.Position);
        }
    }

    private FieldState CurrentField => fieldStates[fieldDepth - 1];

    private void PushField()
    {
        if (fieldDepth == fieldStates.Count)
        {
            fieldStates.Add(new FieldState());
        }

        fieldStates[fieldDepth++].Reset();
    }

    /// <summary>What an element is, where it stands.</summary>
    private enum Kind : byte
    {
        Skip,
        Root,
        Document,
        Body,
        HeaderFooter,
        Paragraph,
        ParagraphProperties,
        NumberingProperties,
        Hyperlink,
        Inserted,
        Run,
        RunProperties,
        Text,
        FieldCode,
        Table,
        Row,
        RowProperties,
        Cell,
        Section,
    }

    /// <summary>Children already met, where the SDK reads only the first of a name (the first <c>w:pPr</c> of a paragraph).</summary>
    [Flags]
    private enum Seen : byte
    {
        None = 0,
        First = 1,
        Second = 2,
        Third = 4,
        Header = 8,
    }

    /// <summary>One open element: what it is, which first children it has had, and for tables, rows and cells their nesting level and counts.</summary>
    private struct Frame(Kind kind, int level = 0, int rowStart = 0)
    {
        public readonly Kind Kind = kind;

        /// <summary>Table nesting: 0 for a table in the body or a header, 1 for a table in its cell.</summary>
        public readonly int Level = level;

        /// <summary>For a row: where its <c>|</c> is in the output.</summary>
        public readonly int RowStart = rowStart;

        /// <summary>For a table: rows written; for a cell: parts written.</summary>
        public int Count;

        private Seen seen;

        public readonly bool Has(Seen what) => (seen & what) != 0;

        /// <summary>True the first time a child of this kind is met.</summary>
        public bool First(Seen what)
        {
            if (Has(what))
            {
                return false;
            }

            seen |= what;
            return true;
        }
    }

    /// <summary>Field state of one run container (paragraph, hyperlink, insertion), as the SDK-based projection kept it per container.</summary>
    private sealed class FieldState
    {
        public bool InField { get; set; }

        public bool ShowResult { get; set; } = true;

        public StringBuilder Instruction { get; } = new();

        public void Reset()
        {
            InField = false;
            ShowResult = true;
            Instruction.Clear();
        }
    }
}
