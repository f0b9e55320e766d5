using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class ItemReferencesExist() : Rule("KP410", Severity.Error, "An item named in a member's attendance (an item range, leaving or arriving at an item, partial attendance) is on the agenda.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var attendance = context.Attendance;
        var members = context.Meeting.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var path = $"members[{i}]";
            for (var r = 0; r < member.AbsentItems.Count; r++)
            {
                foreach (var (end, number) in new[] { ("from", member.AbsentItems[r].From), ("to", member.AbsentItems[r].To) })
                {
                    if (number is not null && attendance.PositionOf(number) < 0)
                    {
                        yield return new Finding($"{path}.absentItems[{r}].{end}", ("number", number));
                    }
                }
            }

            for (var m = 0; m < member.Movements.Count; m++)
            {
                if (member.Movements[m].Item is { } number && attendance.PositionOf(number) < 0)
                {
                    yield return new Finding($"{path}.movements[{m}].item", ("number", number));
                }
            }

            if (member.Partial is { } partial)
            {
                foreach (var (end, number) in new[] { ("fromItem", partial.FromItem), ("toItem", partial.ToItem) })
                {
                    if (number is not null && attendance.PositionOf(number) < 0)
                    {
                        yield return new Finding($"{path}.partial.{end}", ("number", number));
                    }
                }
            }
        }
    }
}
