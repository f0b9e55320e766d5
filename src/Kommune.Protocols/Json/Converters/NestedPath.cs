using System.Text.Json;

namespace Kommune.Protocols.Json.Converters;

/// <summary>
/// A list element is read by a nested serializer call, whose error path starts again at
/// <c>$</c>. This carries the element's part of the path (<c>[3].title</c>) up through each
/// list, so the reader can report the whole path (<c>$.items[3].title</c>).
/// </summary>
internal static class NestedPath
{
    private const string SuffixKey = "Kommune.Protocols.PathSuffix";
    private const string LineKey = "Kommune.Protocols.Line";
    private const string ByteKey = "Kommune.Protocols.Byte";

    public static JsonException Nest(JsonException inner, int index)
    {
        var suffix = $"[{index}]{Relative(inner.Path)}{Suffix(inner)}";
        var nested = new JsonException(Reason(inner.Message), null, inner.LineNumber, inner.BytePositionInLine, inner);
        nested.Data[SuffixKey] = suffix;

        // A nested call reads the element as a document of its own, so its location counts
        // from the element's start; the outer serializer then sets the element's start as the
        // location. Keep the inner location as an offset from there.
        var (line, position) = Position(inner);
        nested.Data[LineKey] = line;
        nested.Data[ByteKey] = position;
        return nested;
    }

    public static string Full(JsonException error) => $"{error.Path ?? "$"}{Suffix(error)}";

    /// <summary>The 0-based line and byte of the error in the whole document.</summary>
    public static (long? Line, long? Byte) Position(JsonException error)
    {
        if (error.Data[LineKey] is not long offsetLine || error.Data[ByteKey] is not long offsetByte || error.LineNumber is not long line)
        {
            return (error.LineNumber, error.BytePositionInLine);
        }

        return offsetLine == 0 ? (line, (error.BytePositionInLine ?? 0) + offsetByte) : (line + offsetLine, offsetByte);
    }

    /// <summary>The message without System.Text.Json's appended location.</summary>
    public static string Reason(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd();
    }

    private static string Suffix(JsonException error) => error.Data[SuffixKey] as string ?? string.Empty;

    private static string Relative(string? path) => path is null || path == "$" ? string.Empty : path[1..];
}
