using System.Text;
using Kommune.Protocols.Json;
using Kommune.Protocols.Testing;
using static Kommune.Protocols.Tests.Json.JsonDoc;

namespace Kommune.Protocols.Tests.Json;

/// <summary>The read options' ranges, and that reading at the largest allowed depth cannot exhaust a default stack.</summary>
public class JsonReadOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(MeetingJsonReadOptions.LargestMaxDepth + 1)]
    [InlineData(int.MaxValue)]
    public void MaxDepth_outside_its_range_is_refused_when_set(int depth)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingJsonReadOptions { MaxDepth = depth });

        Assert.Equal("MaxDepth", error.ParamName);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void MaxBytes_below_one_is_refused_when_set(long bytes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingJsonReadOptions { MaxBytes = bytes });

        Assert.Equal("MaxBytes", error.ParamName);
    }

    [Theory]
    [InlineData((1L << 30) + 1)]
    [InlineData(3L << 30)]
    [InlineData(long.MaxValue)]
    public async Task MaxBytes_over_one_gibibyte_reads_normally(long bytes)
    {
        var options = new MeetingJsonReadOptions { MaxBytes = bytes };
        var json = MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build());

        Assert.Equal(SeedMeeting.Build(), MeetingJson.Deserialize(new MemoryStream(json), options));
        Assert.Equal(SeedMeeting.Build(), await MeetingJson.DeserializeAsync(new MemoryStream(json), options));
        Assert.Equal(SeedMeeting.Build(), MeetingJson.Deserialize(json, options));
        Assert.Equal(SeedMeeting.Build(), MeetingJson.Deserialize(Encoding.UTF8.GetString(json), options));
    }

    [Theory]
    [InlineData(16 * 1024, 16 * 1024 + 1, 1L << 40, 32 * 1024)]
    [InlineData(1 << 30, (1 << 30) + 1, 3L << 30, int.MaxValue)]
    [InlineData(1 << 30, (1 << 30) + 1, long.MaxValue, int.MaxValue)]
    [InlineData(1 << 30, (1 << 30) + 1, (1L << 30) + 10, (1 << 30) + 11)]
    [InlineData(16 * 1024, 16 * 1024 + 1, 20_000, 20_001)]
    public void The_stream_buffer_grows_without_overflow_up_to_the_largest_array(int current, long needed, long maxBytes, long expected)
    {
        var capacity = BoundedBuffer.NextCapacity(current, needed, maxBytes);

        Assert.Equal(Math.Min(expected, Array.MaxLength), capacity);
        Assert.True(capacity >= Math.Min(needed, Array.MaxLength));
    }

    [Fact]
    public void An_input_too_large_for_one_array_is_refused_plainly()
    {
        var error = Assert.Throws<MeetingJsonException>(() => BoundedBuffer.NextCapacity(Array.MaxLength, (long)Array.MaxLength + 1, long.MaxValue));

        Assert.Contains("bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_at_the_largest_depth_is_safe_on_a_one_megabyte_stack()
    {
        var options = new MeetingJsonReadOptions { MaxDepth = MeetingJsonReadOptions.LargestMaxDepth };
        var lenient = options with { AllowUnknownProperties = true };
        var tables = WithBlocks(Nest("{\"type\": \"table\", \"rows\": [{\"cells\": [{\"content\": [", "]}]}]}", "{\"type\": \"paragraph\"}", 200));
        var subItems = Meeting(Nest("{\"number\": \"1\", \"title\": \"t\", \"subItems\": [", "]}", "{\"number\": \"1\", \"title\": \"t\"}", 200));
        var unknown = Meeting(Item("\"colour\": " + Nest("[{\"a\": ", "}]", "1", 200)));
        var outcomes = new List<string>();

        OnOneMegabyteStack(() =>
        {
            foreach (var (json, read) in new[] { (tables, options), (subItems, options), (unknown, lenient), (tables, lenient) })
            {
                var error = Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(json, read));
                outcomes.Add(error.Reason);
            }
        });

        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, reason => Assert.True(reason.Contains("deeper", StringComparison.Ordinal) || reason.Contains("limit", StringComparison.Ordinal), reason));
    }

    [Fact]
    public void Reading_just_within_the_largest_depth_is_safe_on_a_one_megabyte_stack()
    {
        var options = new MeetingJsonReadOptions { MaxDepth = MeetingJsonReadOptions.LargestMaxDepth };
        var levels = (MeetingJsonReadOptions.LargestMaxDepth - 12) / 6;
        var tables = WithBlocks(Nest("{\"type\": \"table\", \"rows\": [{\"cells\": [{\"content\": [", "]}]}]}", "{\"type\": \"paragraph\"}", levels));
        MeetingJsonException? error = null;

        OnOneMegabyteStack(() => error = Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(tables, options)));

        // It is deep enough to be read completely, then refused by the nesting limit every writer keeps.
        Assert.Contains("tables", error!.Reason, StringComparison.Ordinal);
        Assert.StartsWith("$.items[0].sections[0].content[0]", error.Path, StringComparison.Ordinal);
    }

    private static string Nest(string open, string close, string inner, int times) =>
        string.Concat(Enumerable.Repeat(open, times)) + inner + string.Concat(Enumerable.Repeat(close, times));

    private static void OnOneMegabyteStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("failed on the 1 MB thread", failure);
        }
    }
}
