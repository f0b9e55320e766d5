using Kommune.Protocols.Docx;
using Kommune.Protocols.Docx.Projection;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// The projection's budget looks at the cancellation token while it counts: on every block of
/// bytes decompressed and at least once in every 4,096 nodes read, so a cancelled projection stops
/// within a bounded amount of work however long the document is.
/// </summary>
public class ProjectionBudgetTests
{
    private static readonly DocxProjectionOptions Unlimited = new() { MaxNodes = long.MaxValue, MaxUncompressedBytes = long.MaxValue };

    [Fact]
    public void A_cancelled_token_is_seen_within_4096_nodes()
    {
        using var cancellation = new CancellationTokenSource();
        var budget = new ProjectionBudget(Unlimited, cancellation.Token);
        using var part = new PartXml(new MemoryStream("<a/>"u8.ToArray()), "word/document.xml", budget, new System.Xml.NameTable());
        for (var i = 0; i < 10_000; i++)
        {
            budget.SpendNodes(1, part);
        }

        cancellation.Cancel();
        var spent = 0;
        var error = Record.Exception(() =>
        {
            while (spent < 10_000)
            {
                budget.SpendNodes(1, part);
                spent++;
            }
        });

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.InRange(spent, 0, 4_095);
    }

    [Fact]
    public void A_cancelled_token_is_seen_on_the_next_bytes_spent()
    {
        using var cancellation = new CancellationTokenSource();
        var budget = new ProjectionBudget(Unlimited, cancellation.Token);
        budget.SpendBytes(1_000, "word/document.xml");

        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => budget.SpendBytes(1, "word/document.xml"));
    }
}
