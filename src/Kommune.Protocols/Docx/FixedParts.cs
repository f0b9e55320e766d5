using System.Collections.Concurrent;
using DocumentFormat.OpenXml;

namespace Kommune.Protocols.Docx;

/// <summary>
/// The parts that depend only on the language (styles, settings), built once with the typed Open
/// XML SDK and kept as bytes: the SDK's strength is getting these rich parts right, and caching
/// takes it off the per-document path.
/// </summary>
internal static class FixedParts
{
    private static readonly ConcurrentDictionary<string, byte[]> Styles = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte[]> Settings = new(StringComparer.Ordinal);

    public static byte[] StylesFor(string languageTag) => Styles.GetOrAdd(languageTag, static tag => Serialize(StylesPart.Build(tag)));

    public static byte[] SettingsFor(string languageTag) => Settings.GetOrAdd(languageTag, static tag => Serialize(SettingsPart.Build(tag)));

    private static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = OpenXmlWriter.Create(buffer))
        {
            writer.WriteStartDocument(true);
            writer.WriteElement(root);
            writer.Close();
        }

        return buffer.ToArray();
    }
}
