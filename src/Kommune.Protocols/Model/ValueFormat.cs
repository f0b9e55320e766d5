namespace Kommune.Protocols.Model;

/// <summary>
/// The one format the value types know: the text as given. They keep their original text, so
/// any other rendering would be a different number; a format other than the general one is an
/// error, not something to ignore quietly.
/// </summary>
internal static class ValueFormat
{
    public static bool IsGeneral(string? format) => string.IsNullOrEmpty(format) || format is "G" or "g";

    public static FormatException Unknown(string? format, string typeName) =>
        new($"The format {InputText.Quote(format)} is not known for {typeName}: use null, \"\" or \"G\" (the text as given).");
}
