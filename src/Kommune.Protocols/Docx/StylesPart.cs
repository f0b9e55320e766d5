using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>styles.xml: real Word styles so the outline, lists and tables carry structure.</summary>
internal static class StylesPart
{
    public static Styles Build(string languageTag)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = languageTag, EastAsia = languageTag, Bidi = languageTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(Paragraph(StyleIds.Normal, "Normal", null, isDefault: true));
        styles.Append(Paragraph(StyleIds.Title, "Title", StyleIds.Normal, next: StyleIds.Normal, run: Run(size: 48, bold: true),
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "240" })));
        styles.Append(Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, next: StyleIds.Normal, run: Run(size: 32),
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "240" })));
        styles.Append(Paragraph(StyleIds.Heading1, "heading 1", StyleIds.Normal, next: StyleIds.Normal, run: Run(size: 32, bold: true),
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = "0", After = "240" },
                new OutlineLevel { Val = 0 })));
        styles.Append(Paragraph(StyleIds.Heading2, "heading 2", StyleIds.Normal, next: StyleIds.Normal, run: Run(size: 24, bold: true),
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = "240", After = "60" },
                new OutlineLevel { Val = 1 })));
        styles.Append(Paragraph(StyleIds.ListBullet, "List Bullet", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = StyleIds.BulletNumId }),
            new SpacingBetweenLines { After = "60" },
            new ContextualSpacing())));
        styles.Append(Paragraph(StyleIds.ListNumber, "List Number", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new SpacingBetweenLines { After = "60" },
            new ContextualSpacing())));
        styles.Append(Paragraph(StyleIds.Header, "header", StyleIds.Normal, run: Run(size: 18), paragraph: new StyleParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = StyleIds.TextWidth }),
            new SpacingBetweenLines { After = "0" })));
        styles.Append(Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, run: Run(size: 18), paragraph: new StyleParagraphProperties(
            new SpacingBetweenLines { After = "0" },
            new Justification { Val = JustificationValues.Center })));
        styles.Append(Paragraph(StyleIds.DraftMark, "Draft Mark", StyleIds.Normal, run: Run(size: 28, bold: true, color: "C00000"),
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "120" })));
        styles.Append(Paragraph(StyleIds.FrontHeading, "Front Heading", StyleIds.Normal, next: StyleIds.Normal, run: Run(size: 24, bold: true),
            paragraph: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" })));
        styles.Append(Paragraph(StyleIds.FrontField, "Front Field", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = 1701 }),
            new SpacingBetweenLines { After = "40" },
            new Indentation { Left = "1701", Hanging = "1701" })));
        styles.Append(Paragraph(StyleIds.ItemMeta, "Item Meta", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = 2835 }, new TabStop { Val = TabStopValues.Left, Position = 4536 }),
            new SpacingBetweenLines { After = "240" })));
        styles.Append(Paragraph(StyleIds.Label, "Label", StyleIds.Normal, next: StyleIds.Normal, run: Run(bold: true),
            paragraph: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "0" })));
        styles.Append(Paragraph(StyleIds.AttachmentLine, "Attachment Line", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new Tabs(
                new TabStop { Val = TabStopValues.Left, Position = 567 },
                new TabStop { Val = TabStopValues.Left, Position = 1418 },
                new TabStop { Val = TabStopValues.Right, Position = StyleIds.TextWidth }),
            new SpacingBetweenLines { After = "0" },

            // A wrapped title continues under the title, not in the number column.
            new Indentation { Left = "1418", Hanging = "1418" })));
        styles.Append(Paragraph(StyleIds.AttachmentItem, "Attachment Item", StyleIds.Normal, next: StyleIds.AttachmentLine, run: Run(bold: true),
            paragraph: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" })));
        styles.Append(Paragraph(StyleIds.SignatureLine, "Signature Line", StyleIds.Normal, next: StyleIds.Signature, paragraph: new StyleParagraphProperties(
            new KeepNext(),
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "960", After = "40" },
            new Indentation { Right = "4819" })));
        styles.Append(Paragraph(StyleIds.Signature, "Signature", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new KeepLines(),
            new SpacingBetweenLines { After = "0" },
            new Indentation { Right = "4819" })));
        styles.Append(Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, paragraph: new StyleParagraphProperties(
            new SpacingBetweenLines { After = "40" })));
        styles.Append(TableStyle());
        return styles;
    }

    private static StyleRunProperties Run(int? size = null, bool bold = false, string? color = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is { } s)
        {
            var half = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = half }, new FontSizeComplexScript { Val = half });
        }

        return run;
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault = false, string? next = null, StyleRunProperties? run = null, StyleParagraphProperties? paragraph = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableStyle()
    {
        static TableBorders Borders() => new(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" });

        return new Style(
            new StyleName { Val = "Protocol Table" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }),
            new StyleTableProperties(
                Borders(),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" }))
            {
                Type = TableStyleOverrideValues.FirstRow,
            })
        {
            Type = StyleValues.Table,
            StyleId = StyleIds.Table,
        };
    }
}
