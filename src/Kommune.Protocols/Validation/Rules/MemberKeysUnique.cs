namespace Kommune.Protocols.Validation.Rules;

internal sealed class MemberKeysUnique() : Rule("KP414", Severity.Error, "Members' keys are distinct, and no key is another member's name.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var members = context.Meeting.Members;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Key is { } key && !keys.TryAdd(key, i))
            {
                yield return new Finding($"members[{i}].key", ("key", key));
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (keys.TryGetValue(members[i].Name, out var other) && other != i)
            {
                yield return Finding.Keyed($"members[{other}].key", "KP414Name", ("key", members[i].Name));
            }
        }
    }
}
