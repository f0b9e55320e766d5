namespace Kommune.Protocols.Validation.Rules;

internal sealed class PresentAndAbsent() : Rule("KP401", Severity.Error, "Nobody is listed twice among the members (for example both present and absent).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = context.Meeting.Members;
        for (var i = 0; i < members.Count; i++)
        {
            if (!seen.Add(members[i].Name))
            {
                yield return new Finding($"members[{i}]", ("name", members[i].Name));
            }
        }
    }
}
