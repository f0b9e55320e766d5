namespace Kommune.Protocols.Validation.Rules;

internal sealed class ConflictedIsMember() : Rule("KP404", Severity.Warning, "A person with a conflict of interest is a member of the meeting (when members are listed).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.MemberNames.Count == 0)
        {
            yield break;
        }

        foreach (var (path, item) in context.AllItems)
        {
            for (var c = 0; c < item.ConflictsOfInterest.Count; c++)
            {
                var name = item.ConflictsOfInterest[c].Name;
                if (!context.MemberNames.Contains(name))
                {
                    yield return new Finding($"{path}.conflictsOfInterest[{c}].name", ("name", name));
                }
            }
        }
    }
}
