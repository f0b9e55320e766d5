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

    private static readonly JsonSerializerOptions StrictOptions = Create(allowUnknown: false, maxDepth: 64, ListMode.Fast);
    private static readonly JsonSerializerOptions LenientOptions = Create(allowUnknown: true, maxDepth: 64, ListMode.Fast);
    private static readonly JsonSerializerOptions StrictPrecise = Create(allowUnknown: false, maxDepth: 64, ListMode.Precise);
    private static readonly JsonSerializerOptions LenientPrecise = Create(allowUnknown: true, maxDepth: 64, ListMode.Precise);

    private enum ListMode
    {
        None,
        Fast,
        Precise,
    }

    public static JsonSerializerOptions Writing => StrictOptions;

    /// <summary>Options for reading fast.</summary>
    public static JsonSerializerOptions For(MeetingJsonReadOptions read) =>
        read.MaxDepth == 64
            ? (read.AllowUnknownProperties ? LenientOptions : StrictOptions)
            : Create(read.AllowUnknownProperties, read.MaxDepth, ListMode.Fast);

    /// <summary>Options for reading again to say exactly where a failed read failed.</summary>
    public static JsonSerializerOptions PreciseFor(MeetingJsonReadOptions read) =>
        read.MaxDepth == 64
            ? (read.AllowUnknownProperties ? LenientPrecise : StrictPrecise)
            : Create(read.AllowUnknownProperties, read.MaxDepth, ListMode.Precise);

    // Danish letters stay readable; the relaxed encoder only skips HTML-specific escaping,
    // which a data file does not need (it is never inlined into a page unescaped).
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// Options for describing the format: the same contract, but lists keep the generated
    /// array contract (their converters are opaque to the schema exporter).
    /// </summary>
    public static JsonSerializerOptions ForSchema() => Create(allowUnknown: false, maxDepth: 64, ListMode.None);

    private static JsonSerializerOptions Create(bool allowUnknown, int maxDepth, ListMode lists)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = MeetingJsonContext.Default.WithAddedModifier(Contract.Modify),
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
        if (lists != ListMode.None)
        {
            // The schema describes runs from the generated contract; reading and writing use the fast converter.
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
        if (lists != ListMode.None)
        {
            AddLists(options, lists == ListMode.Precise);
        }

        options.MakeReadOnly();
        return options;
    }

    private static void AddLists(JsonSerializerOptions options, bool precise)
    {
        AddList<Member>(options, precise);
        AddList<AgendaItem>(options, precise);
        AddList<Person>(options, precise);
        AddList<Section>(options, precise);
        AddList<Block>(options, precise);
        AddList<TextRun>(options, precise);
        AddList<ListItem>(options, precise);
        AddList<TableRow>(options, precise);
        AddList<TableCell>(options, precise);
        AddList<Attachment>(options, precise);
        AddList<Vote>(options, precise);
        AddList<ProtocolRemark>(options, precise);
        AddList<EarlierDecision>(options, precise);
        AddList<FollowUpAction>(options, precise);
        AddList<ConflictOfInterest>(options, precise);
        AddList<Signatory>(options, precise);
        AddList<TimeSlot>(options, precise);
        AddList<UpcomingMeeting>(options, precise);
        AddList<string>(options, precise);
    }

    private static void AddEnum<T>(JsonSerializerOptions options)
        where T : struct, Enum =>
        options.Converters.Add(new JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));

    private static void AddList<T>(JsonSerializerOptions options, bool precise) => options.Converters.Add(new ValueListConverter<T>(precise));
}
