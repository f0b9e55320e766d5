using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Json.Converters;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Json;

/// <summary>What a value can be checked for, decided once from its declared type.</summary>
internal enum LimitShape : byte
{
    /// <summary>Cannot pass a limit (a date, a time, a number, a flag, an item number).</summary>
    Skip,

    /// <summary>A string: no unpaired surrogate.</summary>
    Text,

    /// <summary>A case or document number: its text, as a string.</summary>
    NumberText,

    /// <summary>A duration within <see cref="MeetingLimits.MaxDuration"/>.</summary>
    Duration,

    /// <summary>An enum value the format names.</summary>
    Enum,

    /// <summary>A <see cref="ValueList{T}"/>, whose elements have the member's element shape.</summary>
    List,

    /// <summary>An object of the contract, walked by the plan of its run-time type.</summary>
    Object,

    /// <summary>Anything else: decided from the run-time value.</summary>
    Dynamic,
}

/// <summary>One member of a type's plan: its JSON name, its getter and what to check.</summary>
internal sealed class LimitMember(string name, Func<object, object?> get, LimitShape shape, LimitShape elementShape, IEnumNames? names, Type? sealedType)
{
    private LimitPlan? plan;

    public string Name { get; } = name;

    public Func<object, object?> Get { get; } = get;

    public LimitShape Shape { get; } = shape;

    /// <summary>For a list, the shape of its elements.</summary>
    public LimitShape ElementShape { get; } = elementShape;

    /// <summary>For an enum (or a list of them), the names the format knows.</summary>
    public IEnumNames? Names { get; } = names;

    /// <summary>
    /// The plan for the value (or, for a list, each element) when its declared type is sealed, so
    /// the walk need not look it up per object; null when the run-time type decides. Made on first
    /// use, as a type's members may hold the type itself (sub-items).
    /// </summary>
    public LimitPlan? Plan => sealedType is null ? null : plan ??= LimitPlan.For(sealedType);
}

/// <summary>
/// Per type of the JSON contract, the members that can pass a limit, each with its shape, in
/// contract order. Made once per type from the contract (so a member added to the model and the
/// contract is checked without touching the walk); the walk then reads no contract metadata and
/// tests no types per value, which made it most of a validation's and a JSON write's time.
/// </summary>
internal sealed class LimitPlan
{
    private static readonly JsonSerializerOptions Contract = MeetingJsonOptions.Writing;

    private static readonly Dictionary<Type, IEnumNames> Enums = Contract.Converters
        .OfType<IEnumNames>()
        .ToDictionary(c => ((System.Text.Json.Serialization.JsonConverter)c).Type!);

    private static readonly ConcurrentDictionary<Type, LimitPlan> Plans = new();

    private LimitPlan(JsonTypeInfo info)
    {
        IsObject = info.Kind == JsonTypeInfoKind.Object;
        IsItem = info.Type == typeof(AgendaItem);
        IsTable = info.Type == typeof(Table);
        var members = new List<LimitMember>();
        if (IsObject)
        {
            foreach (var property in info.Properties)
            {
                if (property.Get is null)
                {
                    continue;
                }

                var (shape, element, names) = ShapeOf(property.PropertyType);
                if (shape != LimitShape.Skip)
                {
                    members.Add(new LimitMember(property.Name, property.Get, shape, element, names, SealedObject(property.PropertyType)));
                }
            }
        }

        Members = [.. members];
    }

    /// <summary>Whether the contract writes the type as an object (otherwise nothing in it is walked).</summary>
    public bool IsObject { get; }

    /// <summary>Whether the type is an agenda item (sub-item nesting is counted).</summary>
    public bool IsItem { get; }

    /// <summary>Whether the type is a table (table nesting is counted).</summary>
    public bool IsTable { get; }

    /// <summary>The members to check, in contract order.</summary>
    public LimitMember[] Members { get; }

    /// <summary>The plan of a run-time type.</summary>
    public static LimitPlan For(Type type) => Plans.TryGetValue(type, out var plan) ? plan : Plans.GetOrAdd(type, static t => new LimitPlan(Contract.GetTypeInfo(t)));

    /// <summary>The names the format knows for an enum type, when the contract has a strict converter for it.</summary>
    public static IEnumNames? NamesOf(Type enumType) => Enums.GetValueOrDefault(enumType);

    /// <summary>The sealed object type a member (or its list's elements) holds, or null.</summary>
    private static Type? SealedObject(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            type = type.GetGenericArguments()[0];
        }

        return ShapeOf(type).Shape == LimitShape.Object ? type : null;
    }

    private static (LimitShape Shape, LimitShape Element, IEnumNames? Names) ShapeOf(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            var (element, _, names) = ShapeOf(type.GetGenericArguments()[0]);
            return element switch
            {
                LimitShape.Skip => (LimitShape.Skip, LimitShape.Skip, null),

                // A list of lists: the inner lists' elements are decided at run time.
                LimitShape.List => (LimitShape.List, LimitShape.Dynamic, null),
                _ => (LimitShape.List, element, names),
            };
        }

        return type switch
        {
            _ when type == typeof(string) => (LimitShape.Text, LimitShape.Skip, null),
            _ when type == typeof(CaseNumber) || type == typeof(DocumentNumber) => (LimitShape.NumberText, LimitShape.Skip, null),
            _ when type == typeof(Duration) => (LimitShape.Duration, LimitShape.Skip, null),
            _ when type.IsEnum => (LimitShape.Enum, LimitShape.Skip, NamesOf(type)),
            _ when type.IsValueType || type == typeof(ItemNumber) => (LimitShape.Skip, LimitShape.Skip, null),
            _ when type.IsSealed && type != typeof(TextRun) && Contract.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object => (LimitShape.Object, LimitShape.Skip, null),
            _ => (LimitShape.Dynamic, LimitShape.Skip, null),
        };
    }
}
