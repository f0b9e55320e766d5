using System.Diagnostics;
using System.Text.Json;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using NodaTime;

namespace Kommune.Protocols.Tests.Json;

/// <summary>
/// The limits every reader and writer agrees on: what the writer writes, the reader reads back
/// with default options; what exceeds them is refused by the writer before a byte is written.
/// </summary>
public class MeetingLimitsTests
{
    private static readonly Meeting Small = MeetingGenerator.Generate(2, 5);

    [Fact]
    public void Ordinary_meetings_are_within_the_limits()
    {
        Assert.Null(MeetingLimits.Check(SeedMeeting.Build()));
        Assert.Null(MeetingLimits.Check(MeetingGenerator.Generate(60, 4)));
    }

    [Fact]
    public void Tables_nested_deeper_than_the_limit_are_named_and_refused_by_the_writer()
    {
        var meeting = WithContent(Small, NestedTables(MeetingLimits.MaxTableNesting + 1));

        var violation = MeetingLimits.Check(meeting);

        Assert.NotNull(violation);
        Assert.StartsWith("items[0].sections[0].content[0]", violation.Path, StringComparison.Ordinal);
        Assert.Contains("tables", violation.Message, StringComparison.Ordinal);
        AssertWriterRefuses(meeting, violation.Path);
        Assert.Null(MeetingLimits.Check(WithContent(Small, NestedTables(MeetingLimits.MaxTableNesting))));
    }

    [Fact]
    public void Sub_items_nested_deeper_than_the_limit_are_refused()
    {
        var item = new AgendaItem { Number = ItemNumber.Parse("1.a"), Title = "Under" };
        for (var i = 0; i < MeetingLimits.MaxSubItemNesting; i++)
        {
            item = item with { SubItems = [item] };
        }

        var within = Small with { Items = [item] };
        var beyond = Small with { Items = [item with { SubItems = [item] }] };

        Assert.Null(MeetingLimits.Check(within));
        var violation = MeetingLimits.Check(beyond);
        Assert.NotNull(violation);
        Assert.StartsWith("items[0].subItems[0]", violation.Path, StringComparison.Ordinal);
        AssertWriterRefuses(beyond, violation.Path);
    }

    [Fact]
    public void More_items_than_the_limit_are_refused()
    {
        var item = new AgendaItem { Number = ItemNumber.Parse("1"), Title = "t" };
        var meeting = Small with { Items = ValueList.From(Enumerable.Repeat(item, MeetingLimits.MaxItems + 1)) };

        var violation = MeetingLimits.Check(meeting);

        Assert.NotNull(violation);
        Assert.Equal("items", violation.Path);
        Assert.Contains("1,000,000", violation.Message, StringComparison.Ordinal);
        AssertWriterRefuses(meeting, "items");
    }

    public static TheoryData<string, Meeting> OutOfRange() => new()
    {
        { "items[0].plannedDuration", Small with { Items = [Small.Items[0] with { PlannedDuration = Duration.FromDays(1_000_000) }] } },
        { "items[0].plannedDuration", Small with { Items = [Small.Items[0] with { PlannedDuration = Duration.MinValue }] } },
        { "items[0].plannedDuration", Small with { Items = [Small.Items[0] with { PlannedDuration = MeetingLimits.MaxDuration + Duration.Epsilon }] } },
        { "timePlan.slots[0].duration", Small with { TimePlan = new TimePlan { Slots = [new TimeSlot { Kind = TimeSlotKind.Break, Duration = -MeetingLimits.MaxDuration - Duration.Epsilon }] } } },
        { "kind", Small with { Kind = (MeetingKind)7 } },
        { "kind", Small with { Kind = (MeetingKind)(-3) } },
        { "items[0].access", Small with { Items = [Small.Items[0] with { Access = (Access)(-1) }] } },
        { "location", Small with { Location = "a\ud800b" } },
        { "items[0].sections[0].content[0].runs[0].text", WithContent(Small, [new Paragraph { Runs = [TextRun.Plain("\udc00")] }]) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Values_the_format_cannot_carry_are_named_and_refused_by_the_writer(string path, Meeting meeting)
    {
        var violation = MeetingLimits.Check(meeting);

        Assert.NotNull(violation);
        Assert.Equal(path, violation.Path);
        AssertWriterRefuses(meeting, path);
    }

    [Fact]
    public void Durations_and_dates_at_the_edges_are_within_the_limits_and_round_trip()
    {
        var meeting = Small with
        {
            Date = new LocalDate(-9998, 1, 1),
            UpcomingMeetings = [new UpcomingMeeting { Date = new LocalDate(9999, 12, 31) }],
            Items = [Small.Items[0] with { PlannedDuration = MeetingLimits.MaxDuration }, Small.Items[1] with { PlannedDuration = -MeetingLimits.MaxDuration }],
        };

        Assert.Null(MeetingLimits.Check(meeting));
        Assert.Equal(meeting, MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(meeting)));
    }

    [Fact]
    public void Json_larger_than_the_limit_is_refused()
    {
        var indentedBytes = MeetingJson.SerializeToUtf8Bytes(Small).Length;

        Assert.Null(MeetingLimits.Check(Small, maxJsonBytes: indentedBytes));
        var violation = MeetingLimits.Check(Small, maxJsonBytes: indentedBytes - 1);
        Assert.NotNull(violation);
        Assert.Equal(string.Empty, violation.Path);
        Assert.Contains("bytes", violation.Message, StringComparison.Ordinal);
        Assert.Throws<MeetingLimitExceededException>(() => MeetingJson.Write(new PooledBufferWriter(), Small, new MeetingJsonWriteOptions { Indented = false }, maxJsonBytes: indentedBytes - 1));
    }

    [Fact]
    public void The_json_depth_of_the_deepest_meeting_is_computed_and_fits_the_default_read_depth()
    {
        var deepest = Deepest(Small);

        var measured = Depth(MeetingJson.SerializeToUtf8Bytes(deepest));

        Assert.Null(MeetingLimits.Check(deepest));
        Assert.Equal(MeetingLimits.MaxJsonDepth, measured);
        Assert.True(MeetingLimits.MaxJsonDepth <= MeetingJsonReadOptions.Default.MaxDepth, $"{MeetingLimits.MaxJsonDepth} > {MeetingJsonReadOptions.Default.MaxDepth}");
        Assert.Equal(deepest, MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(deepest)));
    }

    [Fact]
    public void The_reader_refuses_a_meeting_beyond_the_limits_that_fits_its_depth()
    {
        var table = "{\"type\": \"table\", \"rows\": [{\"cells\": [{\"content\": [";
        var json = JsonDoc.WithBlocks(string.Concat(Enumerable.Repeat(table, MeetingLimits.MaxTableNesting + 1)) + "{\"type\": \"paragraph\"}" + string.Concat(Enumerable.Repeat("]}]}]}", MeetingLimits.MaxTableNesting + 1)));
        Assert.True(Depth(System.Text.Encoding.UTF8.GetBytes(json)) <= MeetingJsonReadOptions.Default.MaxDepth);

        var error = Assert.Throws<MeetingJsonException>(() => MeetingJson.Deserialize(json));

        Assert.StartsWith("$.items[0].sections[0].content[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains("tables", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_meeting_round_trips_with_default_options_indented_and_compact()
    {
        var clock = Stopwatch.StartNew();
        var meeting = Largest();

        foreach (var indented in new[] { true, false })
        {
            var bytes = MeetingJson.SerializeToUtf8Bytes(meeting, new MeetingJsonWriteOptions { Indented = indented });
            Assert.True(bytes.Length <= MeetingJsonReadOptions.Default.MaxBytes, $"{bytes.Length} bytes");
            Assert.Equal(meeting, MeetingJson.Deserialize(bytes));
        }

        // About 10 s on an idle two-core machine; the bound only catches a hang or a quadratic step.
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_writer_writes_nothing_to_a_stream_when_refusing()
    {
        var meeting = Small with { Kind = (MeetingKind)7 };
        using var stream = new MemoryStream();

        var error = Assert.Throws<MeetingLimitExceededException>(() => MeetingJson.Serialize(stream, meeting));

        Assert.Equal(0, stream.Length);
        Assert.Equal("kind", error.Path);
        await Assert.ThrowsAsync<MeetingLimitExceededException>(() => MeetingJson.SerializeAsync(stream, meeting));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void The_exception_has_the_standard_constructors()
    {
        Assert.NotEmpty(new MeetingLimitExceededException().Message);
        Assert.Equal("m", new MeetingLimitExceededException("m").Message);
        var inner = new InvalidOperationException();
        Assert.Same(inner, new MeetingLimitExceededException("m", inner).InnerException);
        var fromViolation = new MeetingLimitExceededException(new MeetingLimitViolation(MeetingLimitKind.TableNesting, "items[3]", "too deep."));
        Assert.Equal("items[3]", fromViolation.Path);
        Assert.Contains("items[3]", fromViolation.Message, StringComparison.Ordinal);
        Assert.Contains("too deep.", fromViolation.Message, StringComparison.Ordinal);
    }

    /// <summary>A meeting at every limit at once: the most items, the deepest sub-items and tables, the longest durations.</summary>
    internal static Meeting Largest()
    {
        var deepest = Deepest(MeetingGenerator.Generate(40, 7));
        var items = new AgendaItem[MeetingLimits.MaxItems - CountItems(deepest.Items)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new AgendaItem { Number = ItemNumber.Parse(((i % 999_999) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), Title = "Punkt" };
        }

        return deepest with { Items = ValueList.From(deepest.Items.Concat(items)) };
    }

    /// <summary>Sub-items and tables nested as deep as the limits allow, a list in the deepest cell.</summary>
    internal static Meeting Deepest(Meeting meeting)
    {
        var item = new AgendaItem
        {
            Number = ItemNumber.Parse("1.a"),
            Title = "Dybest",
            PlannedDuration = MeetingLimits.MaxDuration,
            Sections = [new Section { Kind = SectionKind.Untitled, Content = NestedTables(MeetingLimits.MaxTableNesting, BulletList.Of("inderst")) }],
        };
        for (var i = 0; i < MeetingLimits.MaxSubItemNesting; i++)
        {
            item = new AgendaItem { Number = ItemNumber.Parse("1"), Title = "Niveau " + i, SubItems = [item] };
        }

        return meeting with { Items = [item, .. meeting.Items] };
    }

    private static int CountItems(ValueList<AgendaItem> items) => items.Count + items.Sum(i => CountItems(i.SubItems));

    private static ValueList<Block> NestedTables(int depth, Block? inner = null)
    {
        Block block = inner ?? Paragraph.Of("inderst");
        for (var i = 0; i < depth; i++)
        {
            block = new Table { Rows = [new TableRow { Cells = [new TableCell { Content = [block] }] }] };
        }

        return [block];
    }

    private static Meeting WithContent(Meeting meeting, ValueList<Block> content) =>
        meeting with { Items = [meeting.Items[0] with { Sections = [new Section { Kind = SectionKind.Untitled, Content = content }] }, .. meeting.Items.Skip(1)] };

    private static int Depth(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        var deepest = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                deepest = Math.Max(deepest, reader.CurrentDepth + 1);
            }
        }

        return deepest;
    }

    private static void AssertWriterRefuses(Meeting meeting, string path)
    {
        foreach (var options in new[] { MeetingJsonWriteOptions.Default, new MeetingJsonWriteOptions { Indented = false }, new MeetingJsonWriteOptions { Edition = MeetingEdition.Public } })
        {
            // The public edition fails closed: an item whose access is no defined value is published as closed, not refused.
            if (options.Edition == MeetingEdition.Public && path.EndsWith(".access", StringComparison.Ordinal) && path.StartsWith("items[", StringComparison.Ordinal))
            {
                Assert.Contains("\"access\": \"closed\"", MeetingJson.Serialize(meeting, options), StringComparison.Ordinal);
                continue;
            }

            var error = Assert.Throws<MeetingLimitExceededException>(() => MeetingJson.SerializeToUtf8Bytes(meeting, options));
            Assert.Equal(path, error.Path);
        }
    }
}
