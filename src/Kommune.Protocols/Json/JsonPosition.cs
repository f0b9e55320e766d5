namespace Kommune.Protocols.Json;

/// <summary>Converts between byte offsets and the (line, byte in line) positions messages give.</summary>
internal static class JsonPosition
{
    /// <summary>The 1-based line and 0-based byte in that line of an offset (lines end at <c>\n</c>, as System.Text.Json counts them).</summary>
    public static (long Line, long Byte) At(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Clamp(offset, 0, json.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, before.Length - lastNewline - 1);
    }

    /// <summary>The offset of a 0-based line and byte in that line.</summary>
    public static int Offset(ReadOnlySpan<byte> json, long line, long byteInLine)
    {
        var start = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return json.Length;
            }

            start += next + 1;
        }

        return (int)Math.Min(start + byteInLine, json.Length);
    }

    /// <summary>Where the first invalid UTF-8 sequence starts, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> json)
    {
        var offset = 0;
        while (offset < json.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(json[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
