using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// One part read as XML, forward only: no DTD (so no entity expansion and nothing fetched from
/// outside), every node counted against <see cref="DocxProjectionOptions.MaxNodes"/>, an element
/// refused past <see cref="DocxProjectionOptions.MaxDepth"/> as soon as its start tag is read,
/// before anything deeper is; every error reading it becomes a <see cref="DocxProjectionException"/>
/// naming the part.
/// </summary>
internal sealed class PartXml : IDisposable
{
    private readonly ProjectionBudget budget;
    private readonly GuardedTextReader text;
    private readonly XmlReader reader;

    public PartXml(Stream decompressed, string part, ProjectionBudget budget, XmlNameTable names)
    {
        Part = part;
        this.budget = budget;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            NameTable = names,
            CloseInput = true,

            // Kept as nodes, so text on either side of a comment stays two texts (w:t gives only
            // the first, as it did with the Open XML SDK); white space is text.
            IgnoreComments = false,
            IgnoreProcessingInstructions = false,
            IgnoreWhitespace = false,
        };
        text = new GuardedTextReader(decompressed, budget, part);
        try
        {
            // Creating the reader already reads the first characters, and so can fail as a read does.
            reader = XmlReader.Create(text, settings);
        }
        catch (Exception error) when (IsReadError(error))
        {
            text.Dispose();
            throw Translate(error);
        }
    }

    /// <summary>The limits in force.</summary>
    public DocxProjectionOptions Options => budget.Options;

    /// <summary>The part name (<c>/word/document.xml</c>).</summary>
    public string Part { get; }

    /// <summary>The reader, on the current node. Move it only with <see cref="Read"/>.</summary>
    public XmlReader Reader => reader;

    /// <summary>Where the reader is, for messages.</summary>
    public IXmlLineInfo Position => (IXmlLineInfo)reader;

    /// <summary>Moves to the next node; false at the end of the part.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (Exception error) when (IsReadError(error))
        {
            throw Translate(error);
        }

        if (!more)
        {
            return false;
        }

        text.NodeRead();
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                budget.SpendNodes(1 + reader.AttributeCount, this);
                if (reader.Depth >= budget.Options.MaxDepth)
                {
                    throw Refusal.Limit(nameof(DocxProjectionOptions.MaxDepth), budget.Options.MaxDepth, "the nesting of elements", Part, Position);
                }

                break;
            case XmlNodeType.EndElement:
                // The end of an element was paid for with its start.
                break;
            default:
                budget.SpendNodes(1, this);
                break;
        }

        return true;
    }

    /// <summary>
    /// Appends the text of the current text node to <paramref name="target"/>, refusing it past
    /// <paramref name="max"/> characters in all. Read in chunks, so a long text is never also
    /// held as one string.
    /// </summary>
    public void AppendValue(StringBuilder target, int max, char[] chunk)
    {
        try
        {
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                if (target.Length + (long)read > max)
                {
                    throw Refusal.Limit(nameof(DocxProjectionOptions.MaxLineLength), max, "the text of one paragraph", Part, Position);
                }

                target.Append(chunk, 0, read);
            }
        }
        catch (Exception error) when (IsReadError(error))
        {
            throw Translate(error);
        }
    }

    /// <summary>An attribute of the current element in the element's own namespace (<c>w:val</c> on <c>w:pStyle</c>).</summary>
    public string? Attribute(string localName) => reader.GetAttribute(localName, reader.NamespaceURI);

    /// <summary>A refusal at the current position.</summary>
    public DocxProjectionException Refuse(string what) => Refusal.Part(Part, what, Position);

    public void Dispose() => reader.Dispose();

    private static bool IsReadError(Exception error) =>
        error is XmlException or InvalidDataException or IOException or DecoderFallbackException or NotSupportedException;

    private DocxProjectionException Translate(Exception error) => error switch
    {
        XmlException => Refusal.Part(Part, "is not well-formed XML (" + error.Message + ")", null, error),
        DecoderFallbackException => Refusal.Part(Part, "is neither UTF-8 nor UTF-16 (" + error.Message + ")", null, error),
        _ => Refusal.Part(Part, "cannot be decompressed (" + error.Message + ")", null, error),
    };
}
