using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>
/// The same meeting and options give the same bytes: twice in a row, from every entry point, on
/// every thread, in any culture. The hashes are pinned, so the CI pass with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> (and any other machine or time zone) must
/// reproduce exactly the bytes written here.
/// </summary>
public class HtmlDeterminismTests
{
    [Fact]
    public void Seed_page_hashes()
    {
        var seed = SeedMeeting.Build();
        var generated = MeetingGenerator.Generate(60, seed: 9);
        var outputs = new (string Name, byte[] Bytes)[]
        {
            ("seed.html", HtmlWriter.WriteToBytes(seed)),
            ("seed.public.html", HtmlWriter.WriteToBytes(seed, new HtmlOptions { Edition = MeetingEdition.Public })),
            ("seed.en.html", HtmlWriter.WriteToBytes(seed, new HtmlOptions { Language = Language.English })),
            ("seed.agenda.html", HtmlWriter.WriteToBytes(seed, new HtmlOptions { Paper = PaperKind.Agenda })),
            ("seed.item-3.html", Encoding.UTF8.GetBytes(HtmlWriter.WriteItem(seed, ItemNumber.Parse("3")))),
            ("generated-60.html", HtmlWriter.WriteToBytes(generated)),
            ("generated-60.public.html", HtmlWriter.WriteToBytes(generated, new HtmlOptions { Edition = MeetingEdition.Public })),
        };

        Snapshot.Match(string.Join('\n', outputs.Select(o => $"{Convert.ToHexStringLower(SHA256.HashData(o.Bytes))}  {o.Name} ({o.Bytes.Length} bytes)")) + "\n");
    }

    [Fact]
    public void Every_entry_point_writes_the_same_utf8_without_a_byte_order_mark()
    {
        var meeting = SeedMeeting.Build();
        var bytes = HtmlWriter.WriteToBytes(meeting);

        Assert.Equal(bytes, HtmlWriter.WriteToBytes(SeedMeeting.Build()));
        Assert.Equal(bytes, new UTF8Encoding(false).GetBytes(HtmlWriter.WriteToString(meeting)));
        Assert.Equal((byte)'<', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);

        using var target = new MemoryStream();
        using (var forwardOnly = new HtmlTestStreams.ForwardOnly(target))
        {
            HtmlWriter.Write(meeting, forwardOnly);
        }

        Assert.Equal(bytes, target.ToArray());
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("da-DK")]
    [InlineData("th-TH")]
    [InlineData("")]
    public void Bytes_do_not_depend_on_the_current_culture(string culture)
    {
        var meeting = MeetingGenerator.Generate(20, 7);
        var options = new HtmlOptions { Edition = MeetingEdition.Public };
        var expected = HtmlWriter.WriteToBytes(meeting, options);
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, HtmlWriter.WriteToBytes(meeting, options));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (savedCulture, savedUi);
        }
    }

    [Fact]
    public void The_writer_is_safe_to_share_between_threads()
    {
        var meetings = Enumerable.Range(1, 8).Select(i => MeetingGenerator.Generate(10, i)).ToArray();
        var sequential = meetings.Select(m => HtmlWriter.WriteToBytes(m)).ToArray();
        var parallel = new byte[meetings.Length][];
        Parallel.For(0, meetings.Length, i => parallel[i] = HtmlWriter.WriteToBytes(meetings[i]));
        Assert.Equal(sequential, parallel);
    }
}
