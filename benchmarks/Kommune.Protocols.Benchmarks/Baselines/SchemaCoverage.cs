using System.Text.Json.Nodes;

namespace Kommune.Protocols.Benchmarks.Baselines;

/// <summary>
/// Which members of the meeting schema a document leaves unset. The DTOs refuse unknown
/// members, but only members a checked document sets can be refused; this shows the checked
/// document sets them all. Members are named by where the schema defines them (a <c>$ref</c>
/// leads back to that place), so a type the schema reuses counts wherever it is used.
/// </summary>
internal static class SchemaCoverage
{
    /// <summary>The schema locations of members the document does not set.</summary>
    /// <param name="schemaJson">The schema (<c>MeetingJsonSchema.Generate()</c>).</param>
    /// <param name="documentJson">A document of that schema.</param>
    /// <returns>Locations such as <c>#/properties/items/items/properties/status</c>, in order.</returns>
    public static IReadOnlyList<string> Unset(string schemaJson, byte[] documentJson)
    {
        var root = JsonNode.Parse(schemaJson)!.AsObject();
        var defined = new SortedSet<string>(StringComparer.Ordinal);
        Define(root, "#", inProperties: false, defined);
        var set = new HashSet<string>(StringComparer.Ordinal);
        Visit(JsonNode.Parse(documentJson), root, "#", root, set);
        return [.. defined.Where(location => !set.Contains(location))];
    }

    private static void Define(JsonNode? node, string location, bool inProperties, ISet<string> defined)
    {
        if (node is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                var child = $"{location}/{key}";
                if (inProperties)
                {
                    defined.Add(child);
                }

                Define(value, child, inProperties: !inProperties && key == "properties", defined);
            }
        }
        else if (node is JsonArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Define(list[i], $"{location}/{i}", inProperties: false, defined);
            }
        }
    }

    private static void Visit(JsonNode? value, JsonObject root, string location, JsonObject schema, ISet<string> set)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            location = reference.GetValue<string>();
            schema = At(root, location);
        }

        if (value is JsonObject block && schema["anyOf"] is JsonArray branches)
        {
            // Blocks: the branch is the one whose "type" is the block's.
            var type = block["type"]?.GetValue<string>();
            for (var i = 0; i < branches.Count; i++)
            {
                if (branches[i]?["properties"]?["type"]?["const"]?.GetValue<string>() == type)
                {
                    Visit(block, root, $"{location}/anyOf/{i}", branches[i]!.AsObject(), set);
                }
            }
        }
        else if (value is JsonObject map)
        {
            foreach (var (key, child) in map)
            {
                var member = $"{location}/properties/{key}";
                set.Add(member);
                if (schema["properties"]?[key] is JsonObject memberSchema)
                {
                    Visit(child, root, member, memberSchema, set);
                }
            }
        }
        else if (value is JsonArray list && schema["items"] is JsonObject items)
        {
            foreach (var element in list)
            {
                Visit(element, root, $"{location}/items", items, set);
            }
        }
    }

    private static JsonObject At(JsonObject root, string location)
    {
        JsonNode node = root;
        foreach (var step in location.Split('/').Skip(1))
        {
            node = node is JsonArray list ? list[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!;
        }

        return node.AsObject();
    }
}
