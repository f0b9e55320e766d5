using CsCheck;
using Kommune.Protocols.Json;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Json;

/// <summary>Lossless JSON over generated meetings: every optional part present and absent, unusual text.</summary>
public class JsonPropertyTests
{
    public const int Iterations = 500;

    [Fact]
    public void Any_meeting_round_trips_to_an_equal_meeting_and_the_same_bytes()
    {
        ModelGen.Meeting.Sample(
            meeting =>
            {
                var bytes = MeetingJson.SerializeToUtf8Bytes(meeting);
                var read = MeetingJson.Deserialize(bytes);
                Assert.Equal(meeting, read);
                Assert.Equal(bytes, MeetingJson.SerializeToUtf8Bytes(read));
                Assert.Equal(meeting, MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(meeting, new MeetingJsonWriteOptions { Indented = false })));
            },
            iter: Iterations,
            seed: "0N0XIzNsQ0O2");
    }
}
