using System.Text.Json;

namespace Kommune.Protocols.Json;

/// <summary>
/// A problem our own converters found, worded for the user. System.Text.Json fills in its path
/// and line as it passes through; the reason is kept apart so it is never parsed out of a message.
/// </summary>
internal sealed class MeetingReadError(string reason) : JsonException(reason)
{
    /// <summary>What is wrong, in plain English, without the location.</summary>
    public string Reason { get; } = reason;
}
