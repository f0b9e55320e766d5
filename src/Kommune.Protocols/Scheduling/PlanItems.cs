using Kommune.Protocols.Model;

namespace Kommune.Protocols.Scheduling;

/// <summary>
/// The items a time plan can name: each number maps to the first item in reading order that
/// carries it (sub-items included), and each lookup marks that number as named by the plan, so
/// the items the plan leaves out are known without a second pass over the items.
/// </summary>
/// <remarks>
/// Built in one pass that touches each item once: on a large meeting the items lie far apart in
/// memory, and every extra pass over them costs a cache miss per item.
/// </remarks>
internal sealed class PlanItems
{
    private readonly Dictionary<ItemNumber, int> byNumber = new(NumberComparer.Instance);
    private readonly List<AgendaItem> firsts = [];
    private readonly int[] topLevel;
    private bool[] named = [];

    public PlanItems(ValueList<AgendaItem> items)
    {
        topLevel = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            topLevel[i] = Add(items[i]);
            AddAll(items[i].SubItems);
        }
    }

    /// <summary>Finds the first item numbered <paramref name="number"/> and marks the number as named by the plan.</summary>
    /// <param name="number">The number a slot names.</param>
    /// <returns>The item, or null when no item has the number.</returns>
    public AgendaItem? Name(ItemNumber number)
    {
        AnyNamed = true;
        if (!byNumber.TryGetValue(number, out var entry))
        {
            return null;
        }

        if (named.Length == 0)
        {
            named = new bool[firsts.Count];
        }

        named[entry] = true;
        return firsts[entry];
    }

    /// <summary>Whether any number has been named, whether or not an item carries it.</summary>
    public bool AnyNamed { get; private set; }

    /// <summary>Whether the top-level item at <paramref name="index"/> has a number no slot named.</summary>
    /// <param name="index">The item's index in the meeting's items.</param>
    /// <returns>True when it has a number and no slot named it.</returns>
    public bool IsUnnamed(int index) => topLevel[index] >= 0 && (named.Length == 0 || !named[topLevel[index]]);

    private void AddAll(ValueList<AgendaItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Add(items[i]);
            AddAll(items[i].SubItems);
        }
    }

    private int Add(AgendaItem item)
    {
        if (item.Number is not { } number)
        {
            return -1;
        }

        if (byNumber.TryGetValue(number, out var entry))
        {
            return entry;
        }

        byNumber.Add(number, firsts.Count);
        firsts.Add(item);
        return firsts.Count - 1;
    }

    /// <summary>
    /// Hashes a number by its parts, not its text: the main number lives in the number object
    /// itself, so hashing a plain number does not reach a second object in memory.
    /// </summary>
    private sealed class NumberComparer : IEqualityComparer<ItemNumber>
    {
        public static readonly NumberComparer Instance = new();

        public bool Equals(ItemNumber? x, ItemNumber? y) => x == y;

        public int GetHashCode(ItemNumber obj) => obj.Sub is null ? obj.Main : HashCode.Combine(obj.Main, obj.Sub);
    }
}
