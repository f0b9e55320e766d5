using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Model;

public class EqualityTests
{
    [Fact]
    public void Two_builds_of_the_same_meeting_are_equal()
    {
        var a = SeedMeeting.Build();
        var b = SeedMeeting.Build();

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_change_deep_in_the_model_makes_meetings_differ()
    {
        var a = SeedMeeting.Build();
        var item = a.Items[2];
        var changed = a with
        {
            Items = [.. a.Items.Select(i => i == item ? item with { Attachments = [item.Attachments[0] with { Title = "Andet" }, .. item.Attachments.Skip(1)] } : i)],
        };

        Assert.NotEqual(a, changed);
    }

    [Fact]
    public void ValueList_compares_content_and_order()
    {
        ValueList<string> ab = ["a", "b"];
        ValueList<string> ab2 = ["a", "b"];
        ValueList<string> ba = ["b", "a"];

        Assert.Equal(ab, ab2);
        Assert.True(ab == ab2);
        Assert.NotEqual(ab, ba);
        Assert.True(ab != ba);
        Assert.Same(ValueList<string>.Empty, ValueList.From(Array.Empty<string>()));
        Assert.Equal(ValueList<int>.Empty, (ValueList<int>)[]);
    }

    [Fact]
    public void ValueList_copies_its_source()
    {
        var source = new List<string> { "a" };
        var list = ValueList.From(source);
        source[0] = "changed";

        Assert.Equal("a", list[0]);
    }
}
