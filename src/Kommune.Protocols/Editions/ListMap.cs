using Kommune.Protocols.Model;

namespace Kommune.Protocols.Editions;

/// <summary>Maps an immutable list, returning the same list when no element changed (a public edition of an open meeting costs nothing).</summary>
internal static class ListMap
{
    public static ValueList<T> Map<T>(ValueList<T> list, Func<T, T> map)
        where T : class
    {
        T[]? changed = null;
        for (var i = 0; i < list.Count; i++)
        {
            var value = map(list[i]);
            if (changed is null && !ReferenceEquals(value, list[i]))
            {
                changed = list.AsSpan().ToArray();
            }

            if (changed is not null)
            {
                changed[i] = value;
            }
        }

        return changed is null ? list : ValueList.Wrap(changed);
    }
}
