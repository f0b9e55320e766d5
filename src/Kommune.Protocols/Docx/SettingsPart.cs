using DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>settings.xml: modern compatibility mode, the document language, no revision ids.</summary>
internal static class SettingsPart
{
    public static DocumentFormat.OpenXml.Wordprocessing.Settings Build(string languageTag) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 1304 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = languageTag });
}
