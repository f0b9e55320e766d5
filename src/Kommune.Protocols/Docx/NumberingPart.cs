using DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>numbering.xml: one bullet list definition and one decimal definition, with a restarting instance per numbered list.</summary>
internal static class NumberingPart
{
    public static Numbering Build(int numberedLists)
    {
        var numbering = new Numbering(
            Abstract(StyleIds.BulletAbstractId, NumberFormatValues.Bullet, "\u2022", StyleIds.ListBullet),
            Abstract(StyleIds.NumberedAbstractId, NumberFormatValues.Decimal, "%1.", StyleIds.ListNumber),
            new NumberingInstance(new AbstractNumId { Val = StyleIds.BulletAbstractId }) { NumberID = StyleIds.BulletNumId });
        for (var i = 0; i < numberedLists; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = StyleIds.NumberedAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            {
                NumberID = StyleIds.FirstNumberedNumId + i,
            });
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text, string styleId) =>
        new(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new ParagraphStyleIdInLevel { Val = styleId },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            {
                LevelIndex = 0,
            })
        {
            AbstractNumberId = id,
        };
}
