using System.Text.Json.Serialization;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Paper;

namespace Kommune.Protocols.Settings;

/// <summary>The source-generated contract of the settings files (AOT- and trim-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    UseStringEnumConverter = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(HouseStyle))]
[JsonSerializable(typeof(PublicationPolicy))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
