using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// One shared writer, serializer, validator and scheduler used from many threads at once (all
/// released together by a barrier) gives exactly what one thread gives.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Rounds = 5;

    [Fact]
    public void Shared_writers_give_the_same_bytes_from_many_threads_at_once()
    {
        var meetings = new[] { SeedMeeting.Build(), MeetingGenerator.Generate(30, 7) };
        var publicEdition = new DocxOptions { Edition = MeetingEdition.Public };
        var expected = meetings.Select(m => Produce(m, publicEdition)).ToArray();

        var barrier = new Barrier(Threads);
        var results = new Outputs[Threads][];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            barrier.SignalAndWait();
            var mine = new List<Outputs>();
            for (var round = 0; round < Rounds; round++)
            {
                var meeting = meetings[(t + round) % meetings.Length];
                mine.Add(Produce(meeting, publicEdition));
            }

            results[t] = [.. mine];
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromMinutes(2)), "a thread did not finish"));

        for (var t = 0; t < Threads; t++)
        {
            for (var round = 0; round < Rounds; round++)
            {
                var want = expected[(t + round) % meetings.Length];
                var got = results[t][round];
                Assert.Equal(want.Json, got.Json);
                Assert.Equal(want.PublicJson, got.PublicJson);
                Assert.Equal(want.Docx, got.Docx);
                Assert.Equal(want.PublicDocx, got.PublicDocx);
                Assert.Equal(want.Issues, got.Issues);
                Assert.Equal(want.Schedule, got.Schedule);
                Assert.Equal(want.ReadBack, got.ReadBack);
            }
        }
    }

    private static Outputs Produce(Meeting meeting, DocxOptions publicEdition)
    {
        var json = MeetingJson.SerializeToUtf8Bytes(meeting);
        return new Outputs(
            json,
            MeetingJson.SerializeToUtf8Bytes(meeting, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public }),
            DocxWriter.WriteToBytes(meeting),
            DocxWriter.WriteToBytes(meeting, publicEdition),
            string.Join('\n', MeetingValidator.Validate(meeting).Issues.Select(i => $"{i.Code} {i.Path} {i.Message}")),
            Kommune.Protocols.Paper.ScheduleFormatter.Format(MeetingScheduler.Schedule(meeting)),
            MeetingJson.Deserialize(json));
    }

    private sealed record Outputs(byte[] Json, byte[] PublicJson, byte[] Docx, byte[] PublicDocx, string Issues, string Schedule, Meeting ReadBack);
}
