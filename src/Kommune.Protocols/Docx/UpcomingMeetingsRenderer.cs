using DocumentFormat.OpenXml;
using Kommune.Protocols.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>Coming meetings as a <i>Dato | Punkter</i> table, topics as a bullet list in the cell.</summary>
internal static class UpcomingMeetingsRenderer
{
    private static readonly int[] Widths = [2268, StyleIds.TextWidth - 2268];

    public static W.Table Render(RenderContext context, ValueList<UpcomingMeeting> meetings)
    {
        var rows = new List<IReadOnlyList<IEnumerable<OpenXmlElement>>>
        {
            new[] { new OpenXmlElement[] { Ooxml.Text(StyleIds.TableText, context.Labels.Date) }, [Ooxml.Text(StyleIds.TableText, context.Labels.TopicsColumn)] },
        };

        foreach (var meeting in meetings)
        {
            var date = new List<OpenXmlElement> { Ooxml.Text(StyleIds.TableText, context.DayMonth(meeting.Date)) };
            if (meeting.Start is { } start)
            {
                date.Add(Ooxml.Text(StyleIds.TableText, context.TimeRange(start, meeting.End)));
            }

            if (meeting.Note is { } note)
            {
                date.Add(Ooxml.Text(StyleIds.TableText, note));
            }

            rows.Add([date, RichTextRenderer.BulletList(meeting.Topics.AsSpan().ToArray().Select(ListItem.Of))]);
        }

        return Ooxml.Table(Widths, hasHeaderRow: true, rows);
    }
}
