using System.Collections.Concurrent;
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
    public const int SchemaVersion = 2;

    /// <summary>The oldest schema version this library reads (every version since only added members).</summary>
    public const int OldestSchemaVersion = 1;

    private const int DefaultDepth = 64;

    private static readonly JsonSerializerOptions StrictOptions = Create(allowUnknown: false, DefaultDepth, forSchema: false);
    private static readonly JsonSerializerOptions LenientOptions = Create(allowUnknown: true, DefaultDepth, forSchema: false);

    // Building options is costly (a contract per type); at most 2 x LargestMaxDepth of them can exist.
    private static readonly ConcurrentDictionary<(bool AllowUnknown, int MaxDepth), JsonSerializerOptions> Others = new();

    /// <summary>The options the writer (and the limit check, which walks the same contract) uses.</summary>
    public static JsonSerializerOptions Writing => StrictOptions;

    /// <summary>Options for reading.</summary>
    public static JsonSerializerOptions For(MeetingJsonReadOptions read) =>
        read.MaxDepth == DefaultDepth
            ? (read.AllowUnknownProperties ? LenientOptions : StrictOptions)
            : Others.GetOrAdd((read.AllowUnknownProperties, read.MaxDepth), static key => Create(key.AllowUnknown, key.MaxDepth, forSchema: false));

    // Danish letters stay readable; the relaxed encoder only skips HTML-specific escaping,
    // which a data file does not need (it is never inlined into a page unescaped).
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// Options for describing the format: the same contract, with text runs and enums described
    /// by the generated contract and the standard enum converter (hand-written converters are
    /// opaque to the schema exporter; both write exactly the same names).
    /// </summary>
    public static JsonSerializerOptions ForSchema() => Create(allowUnknown: false, DefaultDepth, forSchema: true);

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

        AddEnum<MeetingKind>(options, forSchema);
        AddEnum<DocumentStage>(options, forSchema);
        AddEnum<MeetingEdition>(options, forSchema);
        AddEnum<Access>(options, forSchema);
        AddEnum<ItemPurpose>(options, forSchema);
        AddEnum<MemberRole>(options, forSchema);
        AddEnum<AttendanceStatus>(options, forSchema);
        AddEnum<DecisionOutcome>(options, forSchema);
        AddEnum<SectionKind>(options, forSchema);
        AddEnum<TimeSlotKind>(options, forSchema);
        AddEnum<ItemStatus>(options, forSchema);
        AddEnum<MovementKind>(options, forSchema);
        AddEnum<MovementTiming>(options, forSchema);
        AddEnum<VoteKind>(options, forSchema);
        AddEnum<StatementKind>(options, forSchema);
        AddEnum<StatementPlacement>(options, forSchema);
        options.MakeReadOnly();
        return options;
    }

    private static void AddEnum<T>(JsonSerializerOptions options, bool forSchema)
        where T : struct, Enum =>
        options.Converters.Add(forSchema
            ? new JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
            : new StrictEnumConverter<T>());
}
