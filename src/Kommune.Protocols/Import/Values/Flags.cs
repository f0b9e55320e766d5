namespace Kommune.Protocols.Import;

/// <summary>Yes/no values as the exports write them: <c>True</c>/<c>False</c>, <c>1</c>/<c>0</c>, <c>Ja</c>/<c>Nej</c>.</summary>
internal static class Flags
{
    /// <summary>The value, or null when the text is missing or not a yes/no value (the caller decides what unknown means).</summary>
    public static bool? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "ja" or "yes" or "sand" or "j" => true,
        "false" or "0" or "nej" or "no" or "falsk" or "n" => false,
        _ => null,
    };
}
