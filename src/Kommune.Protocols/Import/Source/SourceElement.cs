using System.Globalization;
using System.Text;

namespace Kommune.Protocols.Import;

/// <summary>
/// One element of the source, with where it stands (line, column, path) so that every report
/// entry can say where. A small tree of our own rather than <c>XElement</c>: it is built under
/// the caps, keeps its line without annotations, and names itself the way the report does
/// (<c>table[@name='agenda']</c> for Acadre's keyed tables and fields).
/// </summary>
internal sealed class SourceElement
{
    private readonly List<object> nodes = [];
    private List<KeyValuePair<string, string>>? attributes;
    private string? path;

    public SourceElement(string name, string ns, SourceElement? parent, int line, int column)
    {
        Name = name;
        Namespace = ns;
        Parent = parent;
        Line = line;
        Column = column;
    }

    /// <summary>The local name.</summary>
    public string Name { get; }

    /// <summary>The namespace URI (empty when none).</summary>
    public string Namespace { get; }

    public SourceElement? Parent { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The child elements, in order.</summary>
    public IEnumerable<SourceElement> Elements => nodes.OfType<SourceElement>();

    public bool HasElements => nodes.Exists(n => n is SourceElement);

    /// <summary>The element's own text (text and CDATA directly inside it), untrimmed.</summary>
    public string Text
    {
        get
        {
            var texts = nodes.OfType<string>();
            return nodes.Count == 1 && nodes[0] is string only ? only : string.Concat(texts);
        }
    }

    /// <summary>The element's path: <c>/Publication/Agendas/Agenda/Items/Item[3]/Caption</c>; an index only where siblings share the name.</summary>
    public string Path => path ??= (Parent?.Path ?? string.Empty) + "/" + Segment();

    internal void AddText(string text) => nodes.Add(text);

    internal void AddElement(SourceElement element) => nodes.Add(element);

    internal void AddAttribute(string name, string value) => (attributes ??= []).Add(new(name, value));

    public string? Attribute(string name)
    {
        if (attributes is null)
        {
            return null;
        }

        foreach (var (key, value) in attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The first child element with this local name, or null.</summary>
    public SourceElement? Child(string name)
    {
        foreach (var node in nodes)
        {
            if (node is SourceElement element && element.Name == name)
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>The child elements with this local name.</summary>
    public IEnumerable<SourceElement> Children(string name) => Elements.Where(e => e.Name == name);

    /// <summary>The first descendant along a path of local names (<c>Meeting/When</c>), or null.</summary>
    public SourceElement? At(string relative)
    {
        var current = this;
        foreach (var step in relative.Split('/'))
        {
            current = current.Child(step);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The markup inside this element as text, for content written as inline XHTML child
    /// elements instead of escaped or CDATA HTML.
    /// </summary>
    public string InnerMarkup()
    {
        var builder = new StringBuilder();
        AppendInner(builder);
        return builder.ToString();
    }

    private void AppendInner(StringBuilder builder)
    {
        foreach (var node in nodes)
        {
            if (node is string text)
            {
                AppendEscaped(builder, text);
                continue;
            }

            var element = (SourceElement)node;
            builder.Append('<').Append(element.Name);
            foreach (var (key, value) in element.attributes ?? [])
            {
                builder.Append(' ').Append(key).Append("=\"");
                AppendEscaped(builder, value);
                builder.Append('"');
            }

            builder.Append('>');
            element.AppendInner(builder);
            builder.Append("</").Append(element.Name).Append('>');
        }
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '"' => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }
    }

    private string Segment()
    {
        var key = Key;
        var segment = key is null ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name}[@name='{key}']");
        if (Parent is null)
        {
            return segment;
        }

        int index = 0, count = 0;
        foreach (var sibling in Parent.Elements)
        {
            if (sibling.Name == Name && sibling.Key == key)
            {
                count++;
                if (ReferenceEquals(sibling, this))
                {
                    index = count;
                }
            }
        }

        return count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{segment}[{index}]") : segment;
    }

    /// <summary>Acadre names its tables and fields by a <c>name</c> attribute; the path shows it.</summary>
    private string? Key => Name is "table" or "field" ? Attribute("name") : null;
}
