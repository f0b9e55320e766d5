using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Html;

/// <summary>The writer's contract: async writes only for async callers, refusals before the first byte, and arguments checked.</summary>
public class HtmlWriterContractTests
{
    [Fact]
    public async Task WriteAsync_makes_only_async_calls_and_writes_the_same_bytes()
    {
        var meeting = MeetingGenerator.Generate(300, seed: 4);
        using var target = new MemoryStream();
        var asyncOnly = new HtmlTestStreams.AsyncOnly(target);

        await HtmlWriter.WriteAsync(meeting, asyncOnly, new HtmlOptions { Edition = MeetingEdition.Public });

        Assert.Equal(HtmlWriter.WriteToBytes(meeting, new HtmlOptions { Edition = MeetingEdition.Public }), target.ToArray());
        Assert.True(asyncOnly.AsyncWrites > 1, "the page went out in one piece, not in chunks");
    }

    [Fact]
    public async Task WriteAsync_can_be_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var target = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HtmlWriter.WriteAsync(MeetingGenerator.Generate(500, seed: 1), target, null, cancelled.Token));
    }

    [Fact]
    public async Task Text_no_document_can_carry_is_refused_naming_its_field_before_anything_is_written()
    {
        var seed = SeedMeeting.Build();
        var items = seed.Items.ToList();
        items[2] = items[2] with { Title = "a\u0001b" };
        var meeting = seed with { Items = [.. items] };
        using var output = new MemoryStream();

        var refused = Assert.Throws<PaperTextException>(() => HtmlWriter.Write(meeting, output));
        Assert.Equal("items[2].title", refused.FieldPath);
        await Assert.ThrowsAsync<PaperTextException>(() => HtmlWriter.WriteAsync(meeting, output));
        Assert.Throws<PaperTextException>(() => HtmlWriter.WriteToString(meeting));
        Assert.Throws<PaperTextException>(() => HtmlWriter.WriteItem(meeting, ItemNumber.Parse("1")));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        var seed = SeedMeeting.Build();
        using var output = new MemoryStream();
        using var readOnly = new MemoryStream([], writable: false);

        Assert.Throws<ArgumentNullException>(() => HtmlWriter.Write(null!, output));
        Assert.Throws<ArgumentNullException>(() => HtmlWriter.Write(seed, null!));
        Assert.Throws<ArgumentException>(() => HtmlWriter.Write(seed, readOnly));
        await Assert.ThrowsAsync<ArgumentNullException>(() => HtmlWriter.WriteAsync(null!, output));
        await Assert.ThrowsAsync<ArgumentException>(() => HtmlWriter.WriteAsync(seed, readOnly));
        Assert.Throws<ArgumentNullException>(() => HtmlWriter.WriteToString(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlWriter.WriteToBytes(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlWriter.WriteItem(null!, ItemNumber.Parse("1")));
        Assert.Throws<ArgumentNullException>(() => HtmlWriter.WriteItem(seed, null!));
    }
}
