using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Json.Converters;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>Builds the serializer options once per read/write setting.</summary>
internal static class MeetingJsonOptions
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions StrictOptions = Create(allowUnknown: false, maxDepth: 64, forSchema: false);
    private static readonly JsonSerializerOptions LenientOptions = Create(allowUnknown: true, maxDepth: 64, forSchema: false);

    public static JsonSerializerOptions Writing => StrictOptions;

    /// <summary>Options for reading.</summary>
    public static JsonSerializerOptions For(MeetingJsonReadOptions read) =>
        read.MaxDepth == 64
            ? (read.AllowUnknownProperties ? LenientOptions : StrictOptions)
            : Create(read.AllowUnknownProperties, read.MaxDepth, forSchema: false);

    // Danish letters stay readable; the relaxed encoder only skips HTML-specific escaping,
    // which a data file does not need (it is never inlined into a page unescaped).
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// Options for describing the format: the same contract, with text runs described by the
    /// generated contract (the fast hand-written converter is opaque to the schema exporter).
    /// </summary>
    public static JsonSerializerOptions ForSchema() => Create(allowUnknown: false, maxDepth: 64, forSchema: true);

    private static JsonSerializerOptions Create(bool allowUnknown, int maxDepth, bool forSchema)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(new ValueListContracts(), MeetingJsonContext.Default).WithAddedModifier(Contract.Modify),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = allowUnknown ? JsonUnmappedMemberHandling.Skip : JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            MaxDepth = maxDepth,
            Encoder = Encoder,
            NumberHandling = JsonNumberHandling.Strict,
        };

        options.Converters.Add(new CaseNumberConverter());
        options.Converters.Add(new DocumentNumberConverter());
        options.Converters.Add(new ItemNumberConverter());
        options.Converters.Add(new LocalDateConverter());
        options.Converters.Add(new LocalTimeConverter());
        options.Converters.Add(new InstantConverter());
        options.Converters.Add(new DurationConverter());
        if (!forSchema)
        {
            options.Converters.Add(new TextRunConverter(allowUnknown));
        }

        AddEnum<MeetingKind>(options);
        AddEnum<DocumentStage>(options);
        AddEnum<MeetingEdition>(options);
        AddEnum<Access>(options);
        AddEnum<ItemPurpose>(options);
        AddEnum<MemberRole>(options);
        AddEnum<AttendanceStatus>(options);
        AddEnum<DecisionOutcome>(options);
        AddEnum<SectionKind>(options);
        AddEnum<TimeSlotKind>(options);
        options.MakeReadOnly();
        return options;
    }

    private static void AddEnum<T>(JsonSerializerOptions options)
        where T : struct, Enum =>
        options.Converters.Add(new JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));

}
