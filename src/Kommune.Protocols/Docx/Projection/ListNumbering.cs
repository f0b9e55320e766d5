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

    /// <summary>Reads <c>w:style/w:pPr/w:numPr/w:numId</c> of each style (the first of each; a later style with the same id wins).</summary>
    public void ReadStyles(PartXml xml)
    {
        var reader = xml.Reader;
        string? styleId = null;
        int? numId = null;
        var inStyle = false;
        var seen = new FirstOf();
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
                    ExpectRoot(xml, word, "styles");
                    break;
                case 1:
                    Commit();
                    inStyle = word && reader.LocalName == "style";
                    styleId = inStyle ? xml.Attribute("styleId") : null;
                    seen = new FirstOf();
                    break;
                case 2:
                    seen.Enter(2, inStyle && word && reader.LocalName == "pPr");
                    break;
                case 3:
                    seen.Enter(3, seen.Inside(2) && word && reader.LocalName == "numPr");
                    break;
                case 4:
                    if (seen.Inside(3) && word && reader.LocalName == "numId" && seen.Enter(4, true))
                    {
                        numId = WordValues.Int(xml, "val");
                    }

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
    /// numbering's first level has <c>w:numFmt w:val="bullet"</c>. Instances may come before the
    /// abstract numbering they use, so they are resolved once the part is read.
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
        var seen = new FirstOf();
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
                    seen = new FirstOf();
                    break;
                case 2:
                    if (seen.Enter(2, word && kind == "abstractNum" && reader.LocalName == "lvl"))
                    {
                        break;
                    }

                    if (word && kind == "num" && reader.LocalName == "abstractNumId" && seen.Enter(5, true))
                    {
                        abstractId = WordValues.Int(xml, "val");
                    }

                    break;
                case 3:
                    if (seen.Inside(2) && word && reader.LocalName == "numFmt" && seen.Enter(3, true))
                    {
                        format = xml.Attribute("val");
                    }

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

    /// <summary>
    /// Tracks "the first child of this name" along one path of a small, fixed-depth part (the SDK
    /// reads the first <c>w:pPr</c> of a style, the first <c>w:numPr</c> in it, and so on):
    /// <see cref="Enter"/> at a depth marks that depth taken the first time it is asked with
    /// <c>match</c> true, and <see cref="Inside"/> says whether the reader is in that first one.
    /// </summary>
    private struct FirstOf
    {
        private int taken;
        private int inside;

        public bool Enter(int depth, bool match)
        {
            var bit = 1 << depth;
            inside &= bit - 1;
            if (!match || (taken & bit) != 0)
            {
                return false;
            }

            taken |= bit;
            inside |= bit;
            return true;
        }

        public readonly bool Inside(int depth) => (inside & (1 << depth)) != 0;
    }
}
