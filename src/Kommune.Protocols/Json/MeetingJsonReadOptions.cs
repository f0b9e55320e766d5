namespace Kommune.Protocols.Json;

/// <summary>How <see cref="MeetingJson"/> reads.</summary>
public sealed record MeetingJsonReadOptions
{
    /// <summary>
    /// The largest <see cref="MaxDepth"/> that may be set. Reading nests one call per level of
    /// JSON; at this depth a read needs well under half of a 1 MB thread stack (a test proves it
    /// on such a thread), so no input can exhaust the stack.
    /// </summary>
    public const int LargestMaxDepth = 256;

    /// <summary>The largest input one read can hold: the largest byte array .NET allocates.</summary>
    public static long LargestInput => Array.MaxLength;

    /// <summary>The defaults: strict, depth 64, <see cref="MeetingLimits.MaxJsonBytes"/> (256 MiB).</summary>
    public static MeetingJsonReadOptions Default { get; } = new();

    /// <summary>Skip properties this version does not know (for reading files from a newer minor version). Off by default.</summary>
    public bool AllowUnknownProperties { get; init; }

    /// <summary>
    /// The deepest nesting of objects and lists accepted, from 1 to <see cref="LargestMaxDepth"/>.
    /// Default 64, which holds every meeting within <see cref="MeetingLimits"/>
    /// (<see cref="MeetingLimits.MaxJsonDepth"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to <see cref="LargestMaxDepth"/>.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDepth));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, LargestMaxDepth, nameof(MaxDepth));
            field = value;
        }
    } = 64;

    /// <summary>
    /// The largest input accepted, in bytes; at least 1. Default <see cref="MeetingLimits.MaxJsonBytes"/>
    /// (256 MiB), the most any writer writes, so every meeting written can be read back. A stream
    /// is read only to one byte past the limit. Values above <see cref="LargestInput"/> (about
    /// 2 GiB) are allowed and mean that size, the most one read can hold.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public long MaxBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1L, nameof(MaxBytes));
            field = value;
        }
    } = MeetingLimits.MaxJsonBytes;
}
