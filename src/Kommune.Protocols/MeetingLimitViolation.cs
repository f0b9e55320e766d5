namespace Kommune.Protocols;

/// <summary>Where a meeting exceeds one of the <see cref="MeetingLimits"/>, and how.</summary>
public sealed class MeetingLimitViolation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="kind">Which limit.</param>
    /// <param name="path">Where, in the paths validation uses (<c>items[3].sections[0].content[1]</c>); empty for the meeting as a whole.</param>
    /// <param name="message">What is over the limit, in plain English.</param>
    internal MeetingLimitViolation(MeetingLimitKind kind, string path, string message)
    {
        Kind = kind;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Which limit is exceeded.</summary>
    public MeetingLimitKind Kind { get; }

    /// <summary>Whether the meeting is too large or too deep to walk safely: everything but a check of the limits must leave it alone.</summary>
    internal bool IsStructural => Kind is MeetingLimitKind.Items or MeetingLimitKind.SubItemNesting or MeetingLimitKind.TableNesting;

    /// <summary>Where, in the paths validation uses (<c>items[3].sections[0].content[1]</c>); empty for the meeting as a whole.</summary>
    public string Path { get; }

    /// <summary>What is over the limit, in plain English.</summary>
    public string Message { get; }

    /// <summary>The path and the message.</summary>
    /// <returns><c>path: message</c>, or the message alone for the meeting as a whole.</returns>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
