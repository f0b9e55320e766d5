namespace Kommune.Protocols.Import;

/// <summary>Span checks the repair needs.</summary>
internal static class SpanChecks
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExcept("0123456789abcdefABCDEF");

    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');
}
