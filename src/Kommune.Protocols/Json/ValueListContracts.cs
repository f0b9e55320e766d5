using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>
/// Contracts for <see cref="ValueList{T}"/>: one closed generic per element type the model
/// uses (no <c>MakeGenericType</c>, so it trims and compiles ahead of time), built on
/// System.Text.Json's own immutable-collection support. The serializer then reads and writes
/// lists in the same pass and stack as everything else, so an error inside a list keeps its
/// whole path (<c>$.items[3].title</c>).
/// </summary>
internal sealed class ValueListContracts : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories = new()
    {
        [typeof(ValueList<AgendaItem>)] = Create<AgendaItem>,
        [typeof(ValueList<Attachment>)] = Create<Attachment>,
        [typeof(ValueList<AttendanceChange>)] = Create<AttendanceChange>,
        [typeof(ValueList<Block>)] = Create<Block>,
        [typeof(ValueList<Body>)] = Create<Body>,
        [typeof(ValueList<ConflictOfInterest>)] = Create<ConflictOfInterest>,
        [typeof(ValueList<EarlierDecision>)] = Create<EarlierDecision>,
        [typeof(ValueList<FollowUpAction>)] = Create<FollowUpAction>,
        [typeof(ValueList<ItemRange>)] = Create<ItemRange>,
        [typeof(ValueList<ItemReference>)] = Create<ItemReference>,
        [typeof(ValueList<ListItem>)] = Create<ListItem>,
        [typeof(ValueList<MeetingPart>)] = Create<MeetingPart>,
        [typeof(ValueList<Member>)] = Create<Member>,
        [typeof(ValueList<Person>)] = Create<Person>,
        [typeof(ValueList<PointDecision>)] = Create<PointDecision>,
        [typeof(ValueList<ProtocolRemark>)] = Create<ProtocolRemark>,
        [typeof(ValueList<Section>)] = Create<Section>,
        [typeof(ValueList<Signatory>)] = Create<Signatory>,
        [typeof(ValueList<Statement>)] = Create<Statement>,
        [typeof(ValueList<Suspension>)] = Create<Suspension>,
        [typeof(ValueList<TableCell>)] = Create<TableCell>,
        [typeof(ValueList<TableRow>)] = Create<TableRow>,
        [typeof(ValueList<TextRun>)] = Create<TextRun>,
        [typeof(ValueList<TimeSlot>)] = Create<TimeSlot>,
        [typeof(ValueList<UpcomingMeeting>)] = Create<UpcomingMeeting>,
        [typeof(ValueList<Vote>)] = Create<Vote>,
        [typeof(ValueList<string>)] = Create<string>,
    };

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Factories.TryGetValue(type, out var factory) ? factory(options) : null;

    private static JsonTypeInfo Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(options, new JsonCollectionInfoValues<ValueList<T>>(), CreateRange);

    private static ValueList<T> CreateRange<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new JsonException($"element {i} of this list is null; lists hold no nulls.");
            }
        }

        return ValueList.Wrap(array);
    }
}
