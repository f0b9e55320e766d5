using System.Text;

namespace Kommune.Protocols.Model;

/// <summary>
/// Where a text field sits in a meeting, named as in the JSON:
/// <c>items[3].decision.votes[0].for.members[1]</c>. The walker keeps one instance and moves it
/// as it goes, so visiting costs no allocation; call <see cref="ToString"/> only when the path is
/// needed (a finding), and do not keep the instance after the visit returns.
/// </summary>
public sealed class TextPath
{
    private (string Name, int Index)[] segments = new (string, int)[16];

    internal TextPath()
    {
    }

    /// <summary>How many segments the path has.</summary>
    public int Depth { get; private set; }

    /// <summary>The path as text (<c>items[3].title</c>).</summary>
    /// <returns>The path.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            var (name, index) = segments[i];
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(name);

            if (index >= 0)
            {
                text.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return text.ToString();
    }

    /// <summary>The index of the first segment named <paramref name="name"/> (<c>3</c> for <c>items</c> in <c>items[3].title</c>), or -1.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The index, or -1 when the path has no such indexed segment.</returns>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < Depth; i++)
        {
            if (string.Equals(segments[i].Name, name, StringComparison.Ordinal))
            {
                return segments[i].Index;
            }
        }

        return -1;
    }

    /// <summary>The property name of segment <paramref name="depth"/> (0 is the outermost).</summary>
    /// <param name="depth">0 to <see cref="Depth"/> - 1.</param>
    /// <returns>The name, such as <c>items</c>.</returns>
    public string NameAt(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(depth, Depth);
        return segments[depth].Name;
    }

    /// <summary>The list index of segment <paramref name="depth"/>, or -1 when it is not a list element.</summary>
    /// <param name="depth">0 to <see cref="Depth"/> - 1.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexAt(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(depth, Depth);
        return segments[depth].Index;
    }

    internal void Push(string name, int index = -1)
    {
        if (Depth == segments.Length)
        {
            Array.Resize(ref segments, segments.Length * 2);
        }

        segments[Depth++] = (name, index);
    }

    internal void Pop() => Depth--;
}
