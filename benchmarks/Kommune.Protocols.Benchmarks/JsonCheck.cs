using System.Text.Json;
using Kommune.Protocols.Benchmarks.Baselines;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// `--check`: before trusting the JSON ratios, show that the DTO baseline reads all of our JSON
/// and writes it back byte for byte, so both sides handle the same document. The scenarios are
/// what the benchmarks run on; they set few of the members schema version 2 added, so a document
/// that sets every member of the schema once is checked too, and the check fails when the schema
/// gains a member that document does not set.
/// </summary>
internal static class JsonCheck
{
    private const string EveryMemberResource = "every-member.v2.json";

    /// <summary>Runs the check and prints a line per document.</summary>
    /// <returns>0 when every document is identical and every schema member is covered, else 1.</returns>
    public static int Run()
    {
        var failures = 0;
        Console.WriteLine("json: scenario       our-bytes  dto-bytes  same-bytes");
        foreach (var scenario in Scenarios.Names)
        {
            failures += Compare(scenario, Scenarios.Get(scenario));
        }

        var everyMember = MeetingJson.Deserialize(EveryMemberJson());
        failures += Compare("every-member", everyMember);

        var unset = SchemaCoverage.Unset(MeetingJsonSchema.Generate(), MeetingJson.SerializeToUtf8Bytes(everyMember));
        foreach (var member in unset)
        {
            Console.WriteLine($"json: {EveryMemberResource} does not set the schema member {member}");
        }

        failures += unset.Count;
        Console.WriteLine("json: our writer ends the document with the \"\\n\" docs/json.md promises; the serializer writes none, so it is left out of the comparison.");
        return failures == 0 ? 0 : 1;
    }

    private static int Compare(string name, Meeting meeting)
    {
        var ours = MeetingJson.SerializeToUtf8Bytes(meeting);
        byte[] dto;
        try
        {
            dto = JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(ours, DtoJson.Meeting)!, DtoJson.Meeting);
        }
        catch (JsonException error)
        {
            // An unknown member lands here: the DTOs no longer have our JSON's shape.
            Console.WriteLine($"json: {name,-12} {ours.Length,10}          -  False: the DTOs cannot read it: {error.Message}");
            return 1;
        }

        var body = ours.AsSpan(0, ours.Length - 1);
        var same = ours[^1] == (byte)'\n' && body.SequenceEqual(dto);
        Console.WriteLine($"json: {name,-12} {ours.Length,10} {dto.Length,10}  {same}");
        if (!same)
        {
            var at = body.CommonPrefixLength(dto);
            Console.WriteLine($"json:   first difference at byte {at}: ours {Around(body, at)} | dto {Around(dto, at)}");
        }

        return same ? 0 : 1;
    }

    private static string Around(ReadOnlySpan<byte> json, int at)
    {
        var start = Math.Max(0, at - 60);
        var text = System.Text.Encoding.UTF8.GetString(json[start..Math.Min(json.Length, at + 60)]);
        return "«" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "»";
    }

    private static byte[] EveryMemberJson()
    {
        using var stream = typeof(JsonCheck).Assembly.GetManifestResourceStream(EveryMemberResource)
            ?? throw new InvalidOperationException($"the resource {EveryMemberResource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
