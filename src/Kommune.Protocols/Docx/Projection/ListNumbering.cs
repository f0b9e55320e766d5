using System.Globalization;
using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// List markers: which numbering a paragraph follows (its own <c>w:numPr</c>, else its style's),
/// whether that numbering is a bullet list, and the running count of each numbered list.
/// </summary>
internal sealed class ListNumbering
{
    private readonly Dictionary<string, int?> styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<int, bool> bullets = [];
    private readonly Dictionary<int, int> counters = [];

    /// <summary>
    /// Reads the numbering of each style: <c>w:style/w:pPr/w:numPr/w:numId/@w:val</c>, taking the
    /// first <c>w:pPr</c>, its first <c>w:numPr</c> and that one's first <c>w:numId</c>, as the SDK
    /// read them; a later style with the same id wins.
    /// </summary>
    public void ReadStyles(PartXml xml)
    {
        var reader = xml.Reader;
        string? styleId = null;
        int? numId = null;
        bool inStyle = false, propertiesSeen = false, inProperties = false, numberingSeen = false, inNumbering = false, numIdSeen = false;
        while (xml.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // Each depth decides whether the reader is inside the first child of interest; a new
            // element at a depth leaves whatever was open there before.
            var word = OpcNames.IsWord(reader.NamespaceURI);
            switch (reader.Depth)
            {
                case 0:
                    ExpectRoot(xml, word, "styles");
                    break;
                case 1:
                    Commit();
                    inStyle = word && reader.LocalName == "style";
                    styleId = inStyle ? xml.Attribute("styleId") : null;
                    propertiesSeen = numberingSeen = numIdSeen = false;
                    inProperties = inNumbering = false;
                    break;
                case 2:
                    inProperties = inStyle && !propertiesSeen && word && reader.LocalName == "pPr";
                    propertiesSeen |= inProperties;
                    inNumbering = false;
                    break;
                case 3:
                    inNumbering = inProperties && !numberingSeen && word && reader.LocalName == "numPr";
                    numberingSeen |= inNumbering;
                    break;
                case 4 when inNumbering && !numIdSeen && word && reader.LocalName == "numId":
                    numIdSeen = true;
                    numId = WordValues.Int(xml, "val");
                    break;
            }
        }

        Commit();

        void Commit()
        {
            if (inStyle && styleId is not null)
            {
                styleNumbering[styleId] = numId;
            }

            inStyle = false;
            numId = null;
        }
    }

    /// <summary>
    /// Reads which numbering instances (<c>w:num</c>) are bullet lists: those whose abstract
    /// numbering (the first with its id) has <c>w:numFmt w:val="bullet"</c> in its first level.
    /// Instances may come before the abstract numbering they use, so they are resolved once the
    /// whole part is read; a later instance with the same id wins.
    /// </summary>
    public void ReadNumbering(PartXml xml)
    {
        var reader = xml.Reader;
        var formats = new Dictionary<int, string?>();
        var instances = new List<(int NumId, int AbstractId)>();
        var kind = string.Empty;
        int? id = null;
        int? abstractId = null;
        string? format = null;
        bool levelSeen = false, inLevel = false, formatSeen = false, abstractIdSeen = false;
        while (xml.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var word = OpcNames.IsWord(reader.NamespaceURI);
            switch (reader.Depth)
            {
                case 0:
                    ExpectRoot(xml, word, "numbering");
                    break;
                case 1:
                    Commit();
                    kind = word ? reader.LocalName : string.Empty;
                    id = kind switch { "abstractNum" => WordValues.Int(xml, "abstractNumId"), "num" => WordValues.Int(xml, "numId"), _ => null };
                    levelSeen = inLevel = formatSeen = abstractIdSeen = false;
                    break;
                case 2:
                    inLevel = kind == "abstractNum" && !levelSeen && word && reader.LocalName == "lvl";
                    levelSeen |= inLevel;
                    if (kind == "num" && !abstractIdSeen && word && reader.LocalName == "abstractNumId")
                    {
                        abstractIdSeen = true;
                        abstractId = WordValues.Int(xml, "val");
                    }

                    break;
                case 3 when inLevel && !formatSeen && word && reader.LocalName == "numFmt":
                    formatSeen = true;
                    format = xml.Attribute("val");
                    break;
            }
        }

        Commit();
        foreach (var (numId, abstractNumId) in instances)
        {
            bullets[numId] = formats.GetValueOrDefault(abstractNumId) == "bullet";
        }

        void Commit()
        {
            if (kind == "abstractNum" && id is { } a)
            {
                formats.TryAdd(a, format);
            }
            else if (kind == "num" && id is { } n && abstractId is { } target)
            {
                instances.Add((n, target));
            }

            kind = string.Empty;
            id = null;
            abstractId = null;
            format = null;
        }
    }

    /// <summary>The marker of a paragraph (<c>• </c>, <c>3. </c>, or empty), counting its numbered list on.</summary>
    public string Marker(string? styleId, int? numId)
    {
        var id = numId ?? (styleId is not null ? styleNumbering.GetValueOrDefault(styleId) : null);
        if (id is not { } n || n == 0 || !bullets.TryGetValue(n, out var bullet))
        {
            return string.Empty;
        }

        if (bullet)
        {
            return "\u2022 ";
        }

        var count = counters.GetValueOrDefault(n) + 1;
        counters[n] = count;
        return count.ToString(CultureInfo.InvariantCulture) + ". ";
    }

    private static void ExpectRoot(PartXml xml, bool word, string name)
    {
        if (!word || xml.Reader.LocalName != name)
        {
            throw xml.Refuse("has the root element " + xml.Reader.Name + ", not w:" + name);
        }
    }
}
