using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Json;

/// <summary>
/// The JSON Schema (draft 2020-12) of the meeting format, generated from the same contract the
/// reader and writer use, so it cannot drift from them. Published as
/// <c>docs/schema/meeting.v2.schema.json</c> for other languages.
/// </summary>
public static class MeetingJsonSchema
{
    /// <summary>The schema's identifier.</summary>
    public const string Id = "https://kommune-protocols.dk/schema/meeting.v2.schema.json";

    /// <summary>Generates the schema as indented JSON text with <c>\n</c> line ends.</summary>
    /// <returns>The schema.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(MeetingJsonOptions.ForSchema(), typeof(MeetingDocument), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "Kommune.Protocols meeting",
            ["description"] = "A Danish municipal meeting with its agenda items and, once held, its decisions (schemaVersion 2).",
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        AddEnumBesideConst(root);

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = MeetingJsonOptions.Encoder, NewLine = "\n" }) + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var described = type switch
        {
            _ when context.PropertyInfo?.Name == "schemaVersion" => new JsonObject { ["type"] = "integer", ["const"] = MeetingJsonOptions.SchemaVersion, ["description"] = "The format version; written first. Readers of this version also read version 1 files." },
            _ when type == typeof(CaseNumber) => Text("A case number as written, such as \"00.32.10.S00 24/5333\", \"24/5333\", \"2019-012345\", \"00.32.10-S00-1-24\", \"00.01.00-Ø00-1-22\" or \"1-40-72-7-22\"; other forms are kept as text.", minLength: 1),
            _ when type == typeof(DocumentNumber) => Text("A document number as written, such as \"29031/25\", \"2012-203438\" or \"2016-003798-1\"; other forms are kept as text.", minLength: 1),
            _ when type == typeof(ItemNumber) => Text("An item number as printed: \"4\", \"138\" or \"1.a\".", pattern: "^[0-9]{1,6}(\\.[A-Za-z0-9]{1,6})?$"),
            _ when type == typeof(LocalDate) => Text("An ISO 8601 date.", format: "date"),
            _ when type == typeof(LocalTime) => Text("An ISO 8601 local time, \"09:00\" or \"09:00:30\".", pattern: "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$"),
            _ when type == typeof(Duration) => Text("An ISO 8601 duration without years or months, such as \"PT15M\".", pattern: "^-?P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"),
            _ when type == typeof(Instant) => Text("An ISO 8601 UTC instant, such as \"2025-03-05T10:00:00Z\".", format: "date-time"),
            _ => null,
        };
        if (described is null)
        {
            return schema;
        }

        if (nullable)
        {
            described["type"] = new JsonArray("string", "null");
        }

        return described;
    }

    // Validators written for drafts before 6 ignore "const"; a one-value "enum" says the same to them.
    private static void AddEnumBesideConst(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is JsonValue value && !obj.ContainsKey("enum"))
                {
                    obj["enum"] = new JsonArray(value.DeepClone());
                }

                foreach (var (_, child) in obj.ToList())
                {
                    AddEnumBesideConst(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    AddEnumBesideConst(child);
                }

                break;
        }
    }

    private static JsonObject Text(string description, string? pattern = null, string? format = null, int? minLength = null)
    {
        var node = new JsonObject { ["type"] = "string", ["description"] = description };
        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        if (format is not null)
        {
            node["format"] = format;
        }

        if (minLength is not null)
        {
            node["minLength"] = minLength;
        }

        return node;
    }
}
