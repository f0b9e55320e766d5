using Kommune.Protocols.Model;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using UglyToad.PdfPig;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// The characters a Danish paper uses are drawn as themselves; characters the embedded font
/// lacks are drawn as U+FFFD and keep their text as the ActualText of a Span around them.
/// </summary>
public class PdfFallbackTests
{
    private const string Danish = "Æblerød og Åsø – “citat” og ‘citat’ • ØK/æøå";
    private const string Foreign = "Møde 😀 中文 👩‍👩‍👧";

    [Fact]
    public void Danish_letters_dashes_quotes_and_bullets_are_drawn_as_themselves()
    {
        var text = PdfTextProjection.Project(PdfWriter.WriteToBytes(WithTitle(Danish)));

        Assert.Contains($"[H2] 1. {Danish}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Combining_marks_are_drawn_after_their_letter_and_read_back()
    {
        const string Marks = "Ae\u0301 A\u030A og e\u0301e\u0301";
        var text = PdfTextProjection.Project(PdfWriter.WriteToBytes(WithTitle(Marks)));

        Assert.Contains($"[H2] 1. {Marks}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_the_font_lacks_are_stand_ins_with_their_text_as_ActualText()
    {
        var pdf = PdfWriter.WriteToBytes(WithTitle(Foreign));
        using var document = PdfDocument.Open(pdf);
        var reader = new PdfStructureReader(document);
        var heading = reader.Root().DepthFirst().First(e => e.Type == "H2" && e.Children.Any(c => c.Type == "Span"));
        var actual = heading.Children
            .Where(c => c.Type == "Span")
            .Select(c => PdfStructureReader.Text(reader.Get(c.Dictionary, "ActualText")))
            .ToList();

        Assert.Equal(["😀", "中文", "👩", "👩", "👧"], actual);
        Assert.Contains("1.Møde\uFFFD\uFFFD\uFFFD\uFFFD\u200D\uFFFD\u200D\uFFFD", PdfTextProjection.FlatText(pdf), StringComparison.Ordinal);
    }

    private static Meeting WithTitle(string title)
    {
        var seed = SeedMeeting.Build();
        return seed with { Items = [seed.Items[0] with { Title = title }, .. seed.Items.Skip(1)] };
    }
}
