using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json;

/// <summary>
/// Adjusts the generated contract: the version check of <c>schemaVersion</c>, the <c>type</c>
/// discriminator of blocks, empty lists and false flags left out, and read-only derived
/// members ignored.
/// </summary>
internal static class Contract
{
    public static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (info.Type == typeof(Block))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "type",
                UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
                IgnoreUnrecognizedTypeDiscriminators = false,
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(Paragraph), "paragraph"),
                    new JsonDerivedType(typeof(BulletList), "bulletList"),
                    new JsonDerivedType(typeof(NumberedList), "numberedList"),
                    new JsonDerivedType(typeof(Table), "table"),
                    new JsonDerivedType(typeof(TimePlanBlock), "timePlan"),
                    new JsonDerivedType(typeof(UpcomingMeetingsBlock), "upcomingMeetings"),
                },
            };
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null)
            {
                // Derived, read-only members (VoteTally.Total) are not data.
                info.Properties.RemoveAt(i);
            }
            else if (info.Type == typeof(MeetingDocument) && property.Name == "schemaVersion")
            {
                property.CustomConverter = new Converters.SchemaVersionConverter();
            }
            else if (property.PropertyType == typeof(bool))
            {
                // Flags are off unless said: "bold": true is written, "bold": false is not.
                property.ShouldSerialize = static (_, value) => value is true;
            }
            else if (typeof(ICountedList).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is ICountedList { Count: > 0 };
            }
        }
    }
}
