using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols;

/// <summary>
/// The limits every reader and writer of meetings agrees on, so that whatever one writes the
/// others read back: the JSON reader's defaults accept every meeting within them, and the
/// writers refuse a meeting beyond them with <see cref="MeetingLimitExceededException"/> before
/// writing anything. They are far above any real meeting (a council's year of protocols has a
/// few thousand items) and low enough that no input can exhaust memory or the stack.
/// </summary>
public static class MeetingLimits
{
    /// <summary>The most agenda items in one meeting, sub-items included: 1,000,000.</summary>
    public const int MaxItems = 1_000_000;

    /// <summary>The most tables nested in one another (a table in a table cell is two): 8.</summary>
    public const int MaxTableNesting = 8;

    /// <summary>The deepest sub-items: an item's sub-items may have sub-items of their own, no deeper (2).</summary>
    public const int MaxSubItemNesting = 2;

    /// <summary>
    /// The deepest nesting of objects and lists in the JSON of a meeting within these limits: 63.
    /// The deepest path is the root, an item and its sub-items (<c>items[i].subItems[j]...</c>, two
    /// levels each), a section's content, the nested tables (rows, row, cells, cell, content and
    /// block: six levels each) and a list in the innermost cell (items, entry, runs, run):
    /// 7 + 2 × <see cref="MaxSubItemNesting"/> + 6 × <see cref="MaxTableNesting"/> + 4. It fits
    /// the reader's default <see cref="MeetingJsonReadOptions.MaxDepth"/> of 64.
    /// </summary>
    public const int MaxJsonDepth = 7 + (2 * MaxSubItemNesting) + (6 * MaxTableNesting) + 4;

    /// <summary>
    /// The most bytes a meeting's JSON may take in its largest layout (the internal edition,
    /// indented): 256 MiB, the reader's default <see cref="MeetingJsonReadOptions.MaxBytes"/>.
    /// A 1,000,000-item meeting of short items is about 120 MiB indented and 80 MiB compact.
    /// </summary>
    public const long MaxJsonBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The longest duration, either way (an item's planned duration, a time-plan slot): 14 days.
    /// A meeting slot is hours long; a negative duration is kept for validation to warn about.
    /// </summary>
    public static Duration MaxDuration { get; } = Duration.FromDays(14);

    /// <summary>
    /// Checks a meeting against the limits, and that every value can be written and read back:
    /// enum values are ones the format names, and text holds no unpaired surrogate (JSON would
    /// carry it as U+FFFD).
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The first violation found, or null when the meeting is within the limits.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static MeetingLimitViolation? Check(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Check(meeting, MaxJsonBytes);
    }

    /// <summary>The check with another size limit, so tests need not build a 256 MiB meeting.</summary>
    internal static MeetingLimitViolation? Check(Meeting meeting, long maxJsonBytes) =>
        CheckContent(meeting) ?? JsonSize.Check(meeting, maxJsonBytes);

    /// <summary>Everything but the JSON size, which costs a pass of writing.</summary>
    internal static MeetingLimitViolation? CheckContent(Meeting meeting) => LimitWalk.Check(meeting);
}
