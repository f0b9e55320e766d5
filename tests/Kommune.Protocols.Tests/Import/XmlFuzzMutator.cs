using System.Text;

namespace Kommune.Protocols.Tests.Import;

/// <summary>
/// Mutates ESDH export fixtures: blind byte edits (so the XML reader's own errors are met),
/// and edits aimed at values and markup (so the readers' mapping is: most such inputs are still
/// well-formed XML with one hostile value or element in them).
/// </summary>
internal sealed class XmlFuzzMutator(int seed)
{
    /// <summary>Values that have broken, or could break, a reader: each replaces the text of an element or attribute.</summary>
    private static readonly string[] HostileValues =
    [
        string.Empty, " ", "True", "False", "true", "0", "1", "2", "3", "4", "-1", "99999999999999999999", "NaN", "1e309", "x",
        "25-09-2012 15:30:00", "32-13-2012 25:61:00", "27. august 2018", "31. februar 2018", "2013-06-20 10:30", "2017-06-13T14:30:00Z", "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00+14:00", "16:00", "24:00", "kl. 9.00", "1.a", "1.a.b", "0", "Pkt. 12", "12/27845", "2016-003798-1", "00.32.10-S00-1-24",
        "&#xC;", "&#x1;&#x1F;", "&#xD800;", "&#xFFFE;", "&amp;nbsp;", "&#0;", "\u001b[31m", "\u202e", "æøå ÆØÅ", "😀", "Jesper  Mathiesen (A)", "Navn (ÆØ)", "()",
        "..\\..\\..\\etc\\passwd", "/etc/passwd", "C:\\x.pdf", "https://x/y.pdf", "file:///x", "Beslutning i Byrådet den 31-31-2013", "Beslutning i  den ",
        "<![CDATA[<p>a</p>]]>", "<![CDATA[<script>x</script><style>y</style>]]>", "<![CDATA[<table><tr><td colspan=9><table><tr><td>x</td></tr></table></td></tr></table>]]>",
        "<![CDATA[<ul><li><ul><li><ol><li>x</li></ol></li></ul></li></ul>]]>", "<![CDATA[<b><i><u>x</b></i></u><br><br/>y]]>", "<![CDATA[<p style=\"font-weight:900;font-style:italic\">x</p>]]>",
        "&lt;p&gt;&amp;lt;b&amp;gt;&lt;/p&gt;", new string('x', 3000), "Offentlig publicering", "Fortrolig publicering", "Lukket", "Åben", "Afbud", "Fraværende", "Deltager",
        "Formand", "Stedfortræder", "Suppleant", "Næstformand", "Minutes", "Referat", "Draft",
    ];

    /// <summary>Markup dropped between elements.</summary>
    private static readonly string[] HostileMarkup =
    [
        "<", ">", "&", "]]>", "<![CDATA[", "<!--", "-->", "<?x?>", "<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "&#xC;", "</Item>", "</Agenda>", "<Item>", "<table name=\"bullet\">",
        "<field name=\"bulletcontent\">&lt;p&gt;x&lt;/p&gt;</field>", "<Content><![CDATA[<p>x</p>]]></Content>", "<Number>7</Number>", "<IsPublic>True</IsPublic>", "<Absences>A, B</Absences>",
        "<Dagsordenpunkt Nummer=\"9\" Åbent=\"True\"><Overskrift>x</Overskrift></Dagsordenpunkt>", "<x:y xmlns:x=\"urn:x\"/>", "\u0000", "\u0001", "\uFFFE",
    ];

    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] source)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            switch (random.Next(10))
            {
                case 0:
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                case 1:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 2:
                    var keep = random.Next(4) == 0 ? random.Next(Math.Min(bytes.Count, 60)) : random.Next(bytes.Count);
                    bytes.RemoveRange(keep, bytes.Count - keep);
                    break;
                case 3:
                    var at = random.Next(bytes.Count);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, Math.Min(random.Next(1, 400), bytes.Count - at)));
                    break;
                case 4:
                    bytes.InsertRange(random.Next(bytes.Count), Encoding.UTF8.GetBytes(HostileMarkup[random.Next(HostileMarkup.Length)]));
                    break;
                case 5:
                    bytes.InsertRange(random.Next(bytes.Count), Encoding.UTF8.GetBytes(Deep()));
                    break;
                default:
                    ReplaceValue(bytes, HostileValues[random.Next(HostileValues.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }

    private string Deep()
    {
        var depth = random.Next(1, 200);
        return random.Next(2) == 0
            ? string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth))
            : "<![CDATA[" + string.Concat(Enumerable.Repeat("<table><tr><td>", depth)) + "x" + "]]>";
    }

    /// <summary>Replaces the text between a '>' and the next '<' (an element's value), or an attribute's value.</summary>
    private void ReplaceValue(List<byte> bytes, string value)
    {
        var start = random.Next(bytes.Count);
        var attribute = random.Next(3) == 0;
        var open = bytes.IndexOf(attribute ? (byte)'"' : (byte)'>', start);
        if (open < 0)
        {
            return;
        }

        var close = bytes.IndexOf(attribute ? (byte)'"' : (byte)'<', open + 1);
        if (close < 0)
        {
            return;
        }

        var text = attribute ? value.Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal) : value;
        bytes.RemoveRange(open + 1, close - open - 1);
        bytes.InsertRange(open + 1, Encoding.UTF8.GetBytes(text));
    }
}
