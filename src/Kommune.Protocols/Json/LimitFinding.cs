using System.Text;

namespace Kommune.Protocols.Json;

/// <summary>
/// A limit passed deep in the walk. The path is collected on the way back up (innermost
/// segment first), so the walk keeps no path while nothing is wrong.
/// </summary>
internal sealed class LimitFinding(MeetingLimitKind kind, string message)
{
    private readonly List<(string? Name, int Index)> segments = [];

    /// <summary>Adds the member that holds what was found (outer members come later).</summary>
    public LimitFinding In(string name)
    {
        segments.Add((name, 0));
        return this;
    }

    /// <summary>Adds the list position that holds what was found.</summary>
    public LimitFinding At(int index)
    {
        segments.Add((null, index));
        return this;
    }

    /// <summary>The violation, with the path in the names the JSON and validation use (<c>items[3].sections[0].content[1]</c>).</summary>
    public MeetingLimitViolation ToViolation()
    {
        var text = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var (name, index) = segments[i];
            if (name is null)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return new MeetingLimitViolation(kind, text.ToString(), message);
    }
}
