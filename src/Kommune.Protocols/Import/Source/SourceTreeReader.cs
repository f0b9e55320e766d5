using System.Globalization;
using System.Xml;

namespace Kommune.Protocols.Import;

/// <summary>
/// Reads the mended text into a <see cref="SourceElement"/> tree, safely: no DTD is ever
/// processed (a DOCTYPE refuses the input, which also refuses every entity expansion and
/// external entity), no resolver, and the element count and depth are capped. Characters XML
/// cannot carry that arrive as references (<c>&amp;#xC;</c>) are removed from the values and
/// reported. A break in the XML after the root began keeps what was read before it.
/// </summary>
internal static class SourceTreeReader
{
    /// <summary>New settings for each read: an import may run on many threads at once, and settings are mutable.</summary>
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    public static SourceElement Read(string text, ImportContext context)
    {
        var options = context.Options;
        return Build(text, options.MaxElements, options.MaxDepth, context)
            ?? throw new ImportException("the input is empty or holds no XML element.");
    }

    /// <summary>Reads just the first elements, for sniffing; never throws for bad input.</summary>
    public static SourceElement? Peek(string text, int elements)
    {
        try
        {
            return Build(text, elements, 16, null);
        }
        catch (ImportException)
        {
            return null;
        }
    }

    private static SourceElement? Build(string text, int maxElements, int maxDepth, ImportContext? context)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings());
        var info = (IXmlLineInfo)reader;
        SourceElement? root = null;
        SourceElement? current = null;
        var elements = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (++elements > maxElements || reader.Depth >= maxDepth)
                        {
                            if (context is null)
                            {
                                return root;
                            }

                            throw OverCap(elements > maxElements, context.Options, current, info);
                        }

                        var element = new SourceElement(reader.LocalName, reader.NamespaceURI, current, info.LineNumber, info.LinePosition);
                        ReadAttributes(reader, element, context);
                        if (current is null)
                        {
                            root = element;
                        }
                        else
                        {
                            current.AddElement(element);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            current = element;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        current = current?.Parent;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        current?.AddText(context?.Printable(reader.Value, current) ?? reader.Value);
                        break;
                }
            }
        }
        catch (XmlException error)
        {
            if (root is null)
            {
                if (context is null)
                {
                    return null;
                }

                throw new ImportException(NotXml(error), path: null, line: error.LineNumber, column: error.LinePosition, innerException: error);
            }

            context?.ReportLine(
                ImportCodes.BrokenXml,
                error.LineNumber,
                $"the XML is not well-formed here ({Plain(error)}); what came before was imported, the rest of the file was not.");
        }

        return root;
    }

    private static void ReadAttributes(XmlReader reader, SourceElement element, ImportContext? context)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.Prefix != "xmlns" && reader.LocalName != "xmlns")
            {
                element.AddAttribute(reader.LocalName, context?.Printable(reader.Value, element) ?? reader.Value);
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static ImportException OverCap(bool elements, ImportOptions options, SourceElement? at, IXmlLineInfo info) =>
        elements
            ? new ImportException(string.Create(CultureInfo.InvariantCulture, $"the input has more than {options.MaxElements:N0} elements (ImportOptions.MaxElements)."), at?.Path, info.LineNumber, info.LinePosition)
            : new ImportException(string.Create(CultureInfo.InvariantCulture, $"the elements are nested deeper than {options.MaxDepth} levels (ImportOptions.MaxDepth)."), at?.Path, info.LineNumber, info.LinePosition);

    private static string NotXml(XmlException error) =>
        error.Message.Contains("DTD", StringComparison.Ordinal)
            ? "the input has a DTD (<!DOCTYPE ...>); DTDs and entities are never processed, and no export format has one."
            : $"the input is not XML ({Plain(error)}).";

    /// <summary>The parser's message without its own " Line 3, position 5." (the report says where).</summary>
    private static string Plain(XmlException error)
    {
        var message = error.Message;
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
