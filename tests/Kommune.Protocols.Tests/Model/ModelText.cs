using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Model;

/// <summary>All text a meeting holds, for tests that look for words.</summary>
internal static class ModelText
{
    public static string Collect(Meeting meeting)
    {
        var text = new StringBuilder();
        Append(text, meeting);
        return text.ToString();
    }

    // Records print their members; that is enough to find every string they hold.
    private static void Append(StringBuilder text, Meeting meeting)
    {
        text.AppendLine(meeting.Municipality).AppendLine(meeting.Body.Name);
        foreach (var item in meeting.Items)
        {
            AppendItem(text, item);
        }

        foreach (var slot in meeting.TimePlan?.Slots ?? ValueList<TimeSlot>.Empty)
        {
            text.AppendLine(slot.Label);
            slot.Guests.ToList().ForEach(g => text.AppendLine(g.ToString()));
            slot.Notes.ToList().ForEach(n => text.AppendLine(n));
        }

        text.AppendLine(meeting.TimePlan?.EndLabel);
        foreach (var upcoming in meeting.UpcomingMeetings)
        {
            text.AppendLine(upcoming.Note);
            upcoming.Topics.ToList().ForEach(t => text.AppendLine(t));
        }

        meeting.Signatories.ToList().ForEach(s => text.AppendLine($"{s.Title} {s.Name}"));
    }

    private static void AppendItem(StringBuilder text, AgendaItem item)
    {
        text.AppendLine(item.Title).AppendLine(item.CaseRoute).AppendLine(item.CaseOwner?.ToString()).AppendLine(item.CaseHandler?.ToString());
        foreach (var section in item.Sections)
        {
            text.AppendLine(section.Heading);
            AppendBlocks(text, section.Content);
        }

        if (item.Recommendation is { } recommendation)
        {
            AppendBlocks(text, recommendation.Text);
            recommendation.Points.ToList().ForEach(p => text.AppendLine(p));
        }

        item.Attachments.ToList().ForEach(a => text.AppendLine($"{a.Title} {a.DocumentNumber}"));
        item.Guests.ToList().ForEach(g => text.AppendLine(g.ToString()));
        if (item.Decision is { } decision)
        {
            AppendBlocks(text, decision.Text);
        }
    }

    private static void AppendBlocks(StringBuilder text, ValueList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    text.AppendLine(p.PlainText());
                    break;
                case BulletList l:
                    l.Items.ToList().ForEach(i => text.AppendLine(i.PlainText()));
                    break;
                case NumberedList l:
                    l.Items.ToList().ForEach(i => text.AppendLine(i.PlainText()));
                    break;
                case Table t:
                    t.Rows.ToList().ForEach(r => r.Cells.ToList().ForEach(c => AppendBlocks(text, c.Content)));
                    break;
            }
        }
    }
}
