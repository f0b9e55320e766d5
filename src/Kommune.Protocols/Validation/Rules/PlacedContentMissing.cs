using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class PlacedContentMissing() : Rule("KP210", Severity.Warning, "A time-plan or coming-meetings marker has content to show.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var s = 0; s < item.Sections.Count; s++)
            {
                var content = item.Sections[s].Content;
                for (var b = 0; b < content.Count; b++)
                {
                    if (content[b] is TimePlanBlock && context.Meeting.TimePlan is null)
                    {
                        yield return new Finding($"{path}.sections[{s}].content[{b}]");
                    }
                    else if (content[b] is UpcomingMeetingsBlock && context.Meeting.UpcomingMeetings.Count == 0)
                    {
                        yield return Finding.Keyed($"{path}.sections[{s}].content[{b}]", "KP210Upcoming");
                    }
                }
            }
        }
    }
}
