using Kommune.Protocols.Json;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Json;

/// <summary>Files written by the first release (schemaVersion 1) still read, and mean what they meant.</summary>
public class JsonVersionOneTests
{
    [Fact]
    public void The_seed_as_version_1_wrote_it_reads_and_writes_as_the_same_meeting_in_version_2()
    {
        // The seed's JSON as the sample wrote it before schemaVersion 2 (commit 93d5f86).
        var v1 = File.ReadAllText(Path.Combine(RepoPaths.TestProject(), "Json", "Fixtures", "direktionen-2025-03-05.v1.json"));
        Assert.Contains("\"schemaVersion\": 1,", v1, StringComparison.Ordinal);

        var meeting = MeetingJson.Deserialize(v1);

        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json"));
        Assert.Equal(committed, MeetingJson.Serialize(meeting));
        Assert.Equal(1, MeetingJsonOptions.OldestSchemaVersion);
    }
}
