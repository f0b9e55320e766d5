using System.Text;
using Kommune.Protocols.Docx;
using static Kommune.Protocols.Tests.Docx.DocxProjectionFixtures;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// WordprocessingML the library never writes, but Word and other tools do, built at random from
/// everything the projection reads (and things it must skip): properties after content or twice,
/// fields across runs and containers, nested hyperlinks and insertions, comments and CDATA in
/// text, header rows marked late, nested tables, sections with headers, styles and numbering in
/// any order. The streaming projection gives exactly the SDK-based projection's text for each.
/// </summary>
public class DocxProjectionDifferentialTests
{
    public const int Documents = 400;

    [Fact]
    public void Random_wordprocessingml_projects_as_the_sdk_based_projection_did()
    {
        var compared = 0;
        for (var seed = 0; seed < Documents; seed++)
        {
            var docx = new RandomDocument(seed).Build();
            var expected = DocxProjectionDomOracle.Project(docx);
            var actual = DocxTextProjection.Project(docx);
            Assert.True(expected == actual, $"seed {seed}:\n--- oracle\n{expected}\n--- streaming\n{actual}");
            compared++;
        }

        Assert.Equal(Documents, compared);
    }

    /// <summary>One random document: body, styles, numbering, header and footer.</summary>
    private sealed class RandomDocument(int seed)
    {
        private static readonly string[] StyleIds = ["Normal", "Heading1", "ListBullet", "ListNumber", "TableText", "A", string.Empty];
        private static readonly string[] NumberingIds = ["0", "1", "2", "3", "4", "5", "7", "99", " 2 ", "+3"];
        private static readonly string[] OnOff = ["true", "false", "on", "off", "0", "1"];
        private static readonly string[] Instructions = [" PAGE ", " NUMPAGES \\* MERGEFORMAT ", "DATE  \\@ \"d. MMMM yyyy\"", string.Empty, "  ", "HYPERLINK \"x\""];
        private static readonly string[] Texts =
        [
            "Økonomiudvalget", " ", "   ", "a &amp; b", "&lt;tag&gt;", "linje&#10;skift", "tab&#9;her", "😀 👩‍👩‍👧", "e\u0301", "שלום",
            "100 %", "§ 17, stk. 4", string.Empty, "x", "  leading", "trailing  ", "&#13;",
        ];

        private readonly Random random = new(seed);

        public byte[] Build() => Replace(
            Seed,
            ("word/document.xml", Utf8(DocumentHead + Blocks(body: true, depth: 0) + (Chance(0.7) ? Section() : string.Empty) + DocumentTail)),
            ("word/styles.xml", Utf8(Styles())),
            ("word/numbering.xml", Utf8(Numbering())),
            ("word/header1.xml", Utf8($"<w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\">{Blocks(body: false, depth: 1)}</w:hdr>")),
            ("word/footer1.xml", Utf8($"<w:ftr xmlns:w=\"{W}\" xmlns:r=\"{R}\">{Blocks(body: false, depth: 1)}</w:ftr>")));

        private bool Chance(double p) => random.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private string Blocks(bool body, int depth)
        {
            var xml = new StringBuilder();
            for (var i = random.Next(0, 8); i > 0; i--)
            {
                var roll = random.NextDouble();
                xml.Append(roll switch
                {
                    < 0.65 => Paragraph(inBody: body),
                    < 0.85 when depth < 3 => Table(depth),
                    < 0.9 when body => Section(),
                    _ => Noise(depth),
                });
            }

            return xml.ToString();
        }

        private string Paragraph(bool inBody)
        {
            var parts = new List<string>();
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                parts.Add(Inline(depth: 0, container: "p"));
            }

            // Properties first (as Word writes them), after the content, missing, or twice.
            var properties = ParagraphProperties(inBody);
            switch (random.Next(5))
            {
                case 0 or 1 or 2:
                    parts.Insert(0, properties);
                    break;
                case 3:
                    parts.Insert(random.Next(parts.Count + 1), properties);
                    break;
            }

            if (Chance(0.1))
            {
                parts.Add(ParagraphProperties(inBody));
            }

            return "<w:p>" + string.Concat(parts) + "</w:p>";
        }

        private string ParagraphProperties(bool inBody)
        {
            var parts = new List<string>();
            if (Chance(0.6))
            {
                parts.Add(Chance(0.9) ? $"<w:pStyle w:val=\"{Pick(StyleIds)}\"/>" : "<w:pStyle/>");
            }

            if (Chance(0.3))
            {
                parts.Add(NumberingProperties());
            }

            if (Chance(0.2))
            {
                parts.Add("<w:jc w:val=\"center\"/>");
            }

            if (inBody && Chance(0.1))
            {
                parts.Add(Section());
            }

            return "<w:pPr>" + string.Concat(parts.OrderBy(_ => random.Next())) + "</w:pPr>";
        }

        private string NumberingProperties() => random.Next(4) switch
        {
            0 => "<w:numPr><w:ilvl w:val=\"0\"/></w:numPr>",
            1 => $"<w:numPr><w:numId/><w:numId w:val=\"{Pick(NumberingIds)}\"/></w:numPr>",
            _ => $"<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{Pick(NumberingIds)}\"/></w:numPr>",
        };

        // Run content as it may stand in a paragraph, a hyperlink or an insertion.
        private string Inline(int depth, string container)
        {
            var roll = random.NextDouble();
            if (roll < 0.6 || depth > 3)
            {
                return Run();
            }

            if (roll < 0.7)
            {
                return "<w:hyperlink r:id=\"rId9\">" + InlineList(depth + 1, "hyperlink") + "</w:hyperlink>";
            }

            if (roll < 0.8)
            {
                return "<w:ins w:id=\"1\" w:author=\"A\">" + InlineList(depth + 1, "ins") + "</w:ins>";
            }

            if (roll < 0.87)
            {
                return Chance(0.8) ? $"<w:fldSimple w:instr=\"{Pick(Instructions).Replace("\"", "&quot;", StringComparison.Ordinal)}\">{Run()}</w:fldSimple>" : "<w:fldSimple/>";
            }

            return random.Next(5) switch
            {
                0 => "<w:smartTag w:uri=\"u\" w:element=\"e\">" + Run() + "</w:smartTag>",
                1 => "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>slettet</w:delText></w:r></w:del>",
                2 => "<w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:bookmarkEnd w:id=\"0\"/>",
                3 => "<w:proofErr w:type=\"spellStart\"/>",
                _ => container == "p" ? "<w:sdt><w:sdtContent>" + Run() + "</w:sdtContent></w:sdt>" : "<!-- note -->",
            };
        }

        private string InlineList(int depth, string container)
        {
            var xml = new StringBuilder();
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                xml.Append(Inline(depth, container));
            }

            return xml.ToString();
        }

        private string Run()
        {
            var parts = new List<string>();
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                parts.Add(RunChild());
            }

            if (Chance(0.5))
            {
                parts.Insert(Chance(0.8) ? 0 : random.Next(parts.Count + 1), RunProperties());
            }

            if (Chance(0.05))
            {
                parts.Add(RunProperties());
            }

            return (Chance(0.1) ? "<w:r w:rsidR=\"00AB12CD\">" : "<w:r>") + string.Concat(parts) + "</w:r>";
        }

        private string RunProperties()
        {
            var parts = new List<string>();
            if (Chance(0.5))
            {
                parts.Add(Chance(0.5) ? "<w:b/>" : $"<w:b w:val=\"{Pick(OnOff)}\"/>");
                parts.Add("<w:bCs/>");
            }

            if (Chance(0.5))
            {
                parts.Add(Chance(0.5) ? "<w:i/>" : $"<w:i w:val=\"{Pick(OnOff)}\"/>");
            }

            if (Chance(0.2))
            {
                parts.Add("<w:sz w:val=\"24\"/>");
            }

            return "<w:rPr>" + string.Concat(parts.OrderBy(_ => random.Next())) + "</w:rPr>";
        }

        private string RunChild() => random.Next(16) switch
        {
            < 6 => Text(),
            6 => "<w:tab/>",
            7 => random.Next(4) switch { 0 => "<w:br/>", 1 => "<w:br w:type=\"page\"/>", 2 => "<w:br w:type=\"column\"/>", _ => "<w:br w:type=\"textWrapping\"/>" },
            8 or 9 => $"<w:fldChar w:fldCharType=\"{Pick(new[] { "begin", "separate", "end" })}\"/>",
            10 => $"<w:instrText xml:space=\"preserve\">{Pick(Instructions).Replace("\"", "&quot;", StringComparison.Ordinal)}</w:instrText>",
            11 => "<w:cr/>",
            12 => "<w:lastRenderedPageBreak/>",
            13 => "<w:noBreakHyphen/>",
            14 => "<w:fldChar/>",
            _ => "<w:t>" + Pick(Texts) + "<!--c-->" + Pick(Texts) + "</w:t>",
        };

        private string Text() => random.Next(10) switch
        {
            0 => $"<w:t xml:space=\"preserve\">{Pick(Texts)}</w:t>",
            1 => $"<w:t><![CDATA[{Pick(new[] { "x<y", "&amp;", " " })}]]>{Pick(Texts)}</w:t>",
            2 => $"<w:t>{Pick(Texts)}<?pi x?>{Pick(Texts)}</w:t>",
            3 => $"<w:t>{Pick(Texts)}<w:t>indre</w:t>{Pick(Texts)}</w:t>",
            4 => "<w:t/>",
            _ => $"<w:t>{Pick(Texts)}</w:t>",
        };

        private string Table(int depth)
        {
            var xml = new StringBuilder("<w:tbl>");
            if (Chance(0.7))
            {
                xml.Append("<w:tblPr><w:tblStyle w:val=\"T\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid>");
            }

            for (var rows = random.Next(0, 4); rows > 0; rows--)
            {
                var parts = new List<string>();
                for (var cells = random.Next(0, 4); cells > 0; cells--)
                {
                    parts.Add(Cell(depth));
                }

                if (Chance(0.6))
                {
                    var header = random.Next(4) switch { 0 => "<w:tblHeader/>", 1 => "<w:tblHeader w:val=\"false\"/>", _ => string.Empty };
                    var properties = "<w:trPr><w:cantSplit/>" + header + "</w:trPr>";
                    parts.Insert(Chance(0.8) ? 0 : random.Next(parts.Count + 1), properties);
                    if (Chance(0.1))
                    {
                        parts.Add("<w:trPr><w:tblHeader/></w:trPr>");
                    }
                }

                xml.Append("<w:tr>").Append(string.Concat(parts)).Append("</w:tr>");
            }

            return xml.Append("</w:tbl>").ToString();
        }

        private string Cell(int depth)
        {
            var xml = new StringBuilder("<w:tc>");
            if (Chance(0.5))
            {
                xml.Append("<w:tcPr><w:tcW w:w=\"100\" w:type=\"dxa\"/></w:tcPr>");
            }

            for (var i = random.Next(0, 4); i > 0; i--)
            {
                xml.Append(random.NextDouble() switch
                {
                    < 0.7 => Paragraph(inBody: false),
                    < 0.85 when depth < 2 => Table(depth + 1),
                    _ => Noise(depth),
                });
            }

            return xml.Append("</w:tc>").ToString();
        }

        private string Section()
        {
            var parts = new List<string>();
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                parts.Add(Reference("header"));
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                parts.Add(Reference("footer"));
            }

            if (Chance(0.8))
            {
                parts.Add(random.Next(4) switch
                {
                    0 => "<w:pgSz w:w=\"11906\"/>",
                    1 => "<w:pgSz w:h=\"16838\"/>",
                    2 => "<w:pgSz/>",
                    _ => "<w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"portrait\"/>",
                });
            }

            parts.Add("<w:pgMar w:top=\"1701\"/>");
            return "<w:sectPr>" + string.Concat(parts.OrderBy(_ => random.Next())) + "</w:sectPr>";
        }

        // The seed's main document relationships: rId1 styles, rId3 settings, rId4 header, rId5 footer.
        private string Reference(string kind)
        {
            var type = random.Next(5) switch { 0 => " w:type=\"first\"", 1 => " w:type=\"even\"", 2 => string.Empty, _ => " w:type=\"default\"" };
            var id = random.Next(6) switch { 0 => "rId1", 1 => "rId3", 2 => "rId5", 3 => string.Empty, _ => "rId4" };
            return $"<w:{kind}Reference{type}" + (id.Length > 0 ? $" r:id=\"{id}\"" : string.Empty) + "/>";
        }

        private string Noise(int depth) => random.Next(6) switch
        {
            0 => "<w:sdt><w:sdtPr/><w:sdtContent>" + (depth < 3 ? Paragraph(inBody: false) : string.Empty) + "</w:sdtContent></w:sdt>",
            1 => "<w:bookmarkStart w:id=\"1\" w:name=\"x\"/>",
            2 => "<!-- a comment -->",
            3 => "<?mso-application progid=\"Word.Document\"?>",
            4 => "<x:foreign xmlns:x=\"urn:other\"><w:p><w:r><w:t>fremmed</w:t></w:r></w:p></x:foreign>",
            _ => "<w:customXml w:element=\"c\"><w:p><w:r><w:t>custom</w:t></w:r></w:p></w:customXml>",
        };

        private string Styles()
        {
            var xml = new StringBuilder($"<w:styles xmlns:w=\"{W}\"><w:docDefaults/>");
            for (var i = random.Next(0, 10); i > 0; i--)
            {
                var id = Chance(0.9) ? $" w:styleId=\"{Pick(StyleIds)}\"" : string.Empty;
                var parts = new List<string> { "<w:name w:val=\"n\"/>" };
                if (Chance(0.6))
                {
                    parts.Add("<w:pPr>" + (Chance(0.7) ? NumberingProperties() : "<w:jc w:val=\"left\"/>") + "</w:pPr>");
                }

                if (Chance(0.1))
                {
                    parts.Add("<w:pPr>" + NumberingProperties() + "</w:pPr>");
                }

                xml.Append($"<w:style w:type=\"paragraph\"{id}>").Append(string.Concat(parts.OrderBy(_ => random.Next()))).Append("</w:style>");
            }

            return xml.Append("</w:styles>").ToString();
        }

        private string Numbering()
        {
            var items = new List<string>();
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                var levels = new StringBuilder();
                for (var l = random.Next(0, 3); l > 0; l--)
                {
                    var format = Chance(0.85) ? $"<w:numFmt w:val=\"{Pick(new[] { "bullet", "decimal", "lowerLetter", "none" })}\"/>" : string.Empty;
                    levels.Append($"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>{format}<w:lvlText w:val=\"%1.\"/></w:lvl>");
                }

                items.Add($"<w:abstractNum w:abstractNumId=\"{random.Next(0, 4)}\"><w:multiLevelType w:val=\"singleLevel\"/>{levels}</w:abstractNum>");
            }

            for (var i = random.Next(0, 8); i > 0; i--)
            {
                var target = Chance(0.9) ? $"<w:abstractNumId w:val=\"{random.Next(0, 5)}\"/>" : string.Empty;
                items.Add($"<w:num w:numId=\"{random.Next(0, 8)}\">{target}</w:num>");
            }

            return $"<w:numbering xmlns:w=\"{W}\">" + string.Concat(items.OrderBy(_ => random.Next())) + "</w:numbering>";
        }
    }
}
