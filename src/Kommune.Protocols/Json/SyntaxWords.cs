using System.Buffers;
using System.Text;

namespace Kommune.Protocols.Json;

/// <summary>
/// Says what is wrong where JSON is not well-formed, from the bytes at the spot the reader
/// stopped: plain words instead of the reader's own wording.
/// </summary>
internal static class SyntaxWords
{
    public static string Describe(ReadOnlySpan<byte> json, int offset, bool afterTheMeeting)
    {
        var found = Found(json, offset);
        if (afterTheMeeting)
        {
            return $"there is more after the end of the meeting: unexpected {found}.";
        }

        var c = json[offset];
        var before = Before(json, offset);
        return c switch
        {
            (byte)'}' or (byte)']' when before == ',' => $"a comma before '{(char)c}': JSON allows no comma after the last entry.",
            (byte)'/' => "JSON allows no comments: unexpected '/'.",
            (byte)'\'' => "JSON strings are written in double quotes: unexpected '''.",
            < 0x20 => $"unexpected {found}; inside a string write it escaped (\\u{c:x4}).",
            _ when offset > 0 && json[offset - 1] == '\\' => $"'\\{(char)c}' is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).",
            _ => $"the JSON is not well-formed here: unexpected {found}.",
        };
    }

    private static string Found(ReadOnlySpan<byte> json, int offset)
    {
        var c = json[offset];
        if (c is >= 0x20 and < 0x7F)
        {
            return $"'{(char)c}'";
        }

        if (c < 0x80)
        {
            return $"the control character U+{c:X4}";
        }

        return Rune.DecodeFromUtf8(json[offset..], out var rune, out _) == OperationStatus.Done
            ? $"the character U+{rune.Value:X4}"
            : $"the byte 0x{c:X2}, which is not valid UTF-8";
    }

    private static char Before(ReadOnlySpan<byte> json, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            if (json[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return (char)json[i];
            }
        }

        return '\0';
    }
}
