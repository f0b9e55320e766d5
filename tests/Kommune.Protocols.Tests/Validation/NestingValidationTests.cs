using Kommune.Protocols.Model;
using Kommune.Protocols.Validation;
using NodaTime;

namespace Kommune.Protocols.Tests.Validation;

/// <summary>
/// A meeting built in code can nest sub-items and tables without bound; the model check reports
/// it (KP108) instead of walking it into a stack overflow, and reports nothing else.
/// </summary>
public class NestingValidationTests
{
    private static Meeting Meeting(params AgendaItem[] items) => new()
    {
        Municipality = "M",
        Body = new Body { Name = "B" },
        Date = new LocalDate(2025, 3, 5),
        Items = [.. items],
    };

    [Fact]
    public void Tables_nested_a_hundred_thousand_deep_are_one_KP108_error_at_the_first_level_too_deep()
    {
        Block block = Paragraph.Of("innermost");
        for (var i = 0; i < 100_000; i++)
        {
            block = new Table { Rows = [new TableRow { Cells = [new TableCell { Content = [block] }] }] };
        }

        var meeting = Meeting(new AgendaItem { Number = ItemNumber.Parse("1"), Title = "T", Sections = [new Section { Kind = SectionKind.Background, Content = [block] }] });
        var report = RunOnSmallStack(meeting);

        var issue = Assert.Single(report.Issues);
        Assert.Equal("KP108", issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.StartsWith("items[0].sections[0].content[0].rows[0].cells[0].content[0]", issue.Path, StringComparison.Ordinal);
        Assert.Equal(MeetingLimits.MaxTableNesting, issue.Path.Split(".rows[0]").Length - 1);
        Assert.Contains(MeetingLimits.MaxTableNesting.ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_items_nested_without_bound_are_reported_even_with_KP108_switched_off()
    {
        var item = new AgendaItem { Number = ItemNumber.Parse("1.a"), Title = "Bund" };
        for (var i = 0; i < 100_000; i++)
        {
            item = new AgendaItem { Number = ItemNumber.Parse("1.a"), Title = "Niveau", SubItems = [item] };
        }

        var report = RunOnSmallStack(Meeting(item with { Number = ItemNumber.Parse("1") }), new ValidationOptions { Disabled = new HashSet<string> { "KP108" }, Language = Kommune.Protocols.Language.English });

        var issue = Assert.Single(report.Issues);
        Assert.Equal("KP108", issue.Code);
        Assert.Equal("items[0].subItems[0].subItems[0].subItems[0]", issue.Path);
        Assert.Equal("The sub-items nest deeper than 2 levels.", issue.Message);
    }

    [Fact]
    public void A_meeting_within_the_limits_has_no_KP108()
    {
        Block block = Paragraph.Of("x");
        for (var i = 0; i < MeetingLimits.MaxTableNesting; i++)
        {
            block = new Table { Rows = [new TableRow { Cells = [new TableCell { Content = [block] }] }] };
        }

        var meeting = Meeting(new AgendaItem { Number = ItemNumber.Parse("1"), Title = "T", Sections = [new Section { Kind = SectionKind.Background, Content = [block] }] });
        Assert.DoesNotContain(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP108");
    }

    // A 256 KB stack: a walk of the nesting would overflow it long before 100,000 levels.
    private static ValidationReport RunOnSmallStack(Meeting meeting, ValidationOptions? options = null)
    {
        ValidationReport? report = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    report = MeetingValidator.Validate(meeting, options);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        return report!;
    }
}
