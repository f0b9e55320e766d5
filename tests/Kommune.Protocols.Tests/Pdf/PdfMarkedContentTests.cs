using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// The tagging's bookkeeping, read back with PdfPig: every marked-content sequence on every page is
/// found through the parent tree, its owner is an element of the same type that names that
/// sequence among its children (on that page), and every element points at its parent. A
/// screen reader goes both ways (from the tree to the content, and from content to the tree), so
/// both must agree, also for elements whose content continues on a later page.
/// </summary>
public class PdfMarkedContentTests
{
    public static TheoryData<string> Papers => ["seed", "generated-40"];

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_sequence_is_owned_through_the_parent_tree_by_an_element_that_names_it(string paper)
    {
        var bytes = PdfWriter.WriteToBytes(paper == "seed" ? SeedMeeting.Build() : MeetingGenerator.Generate(40, seed: 9));
        using var document = PdfDocument.Open(bytes);
        var reader = new PdfStructureReader(document);
        var root = Assert.IsType<DictionaryToken>(reader.Get(reader.Catalog, "StructTreeRoot"));
        var nums = Assert.IsType<ArrayToken>(reader.Get(Assert.IsType<DictionaryToken>(reader.Get(root, "ParentTree")), "Nums")).Data;
        var pages = Assert.IsType<ArrayToken>(reader.Get(Assert.IsType<DictionaryToken>(reader.Get(reader.Catalog, "Pages")), "Kids")).Data
            .Select(k => Assert.IsType<IndirectReferenceToken>(k).Data.ObjectNumber).ToList();
        Assert.Equal(pages.Count, nums.Count / 2);

        var sequences = 0;
        var continued = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.GetPage(p + 1);
            var key = (int)Assert.IsType<NumericToken>(reader.Get(page.Dictionary, "StructParents")).Int;
            Assert.Equal(p, key);
            Assert.Equal(key, (int)Assert.IsType<NumericToken>(nums[2 * p]).Int);
            var owners = Assert.IsType<ArrayToken>(reader.Resolve(nums[(2 * p) + 1])).Data;

            var marked = page.GetMarkedContents().Where(m => !m.IsArtifact).ToList();
            Assert.Equal(owners.Count, marked.Count);
            foreach (var sequence in marked)
            {
                var mcid = sequence.MarkedContentIdentifier;
                Assert.InRange(mcid, 0, owners.Count - 1);
                var owner = Assert.IsType<DictionaryToken>(reader.Resolve(owners[mcid]));
                Assert.Equal(sequence.Tag, Assert.IsType<NameToken>(reader.Get(owner, "S")).Data);
                var ownerPage = owner.TryGet(NameToken.Create("Pg"), out var pg) ? Assert.IsType<IndirectReferenceToken>(pg).Data.ObjectNumber : -1;
                Assert.True(
                    Kids(reader, owner).Any(k => (k is NumericToken n && n.Int == mcid && ownerPage == pages[p])
                        || (k is DictionaryToken mcr && reader.Get(mcr, "MCID") is NumericToken m && m.Int == mcid
                            && mcr.TryGet(NameToken.Create("Pg"), out var mcrPage) && Assert.IsType<IndirectReferenceToken>(mcrPage).Data.ObjectNumber == pages[p])),
                    $"page {p + 1}: the owner of marked content {mcid} does not name it");
                if (ownerPage != pages[p])
                {
                    continued++;
                }

                sequences++;
            }
        }

        Assert.True(sequences > 0);
        if (paper != "seed")
        {
            // The generated paper has elements whose text crosses a page: they name those sequences with the page.
            Assert.True(continued > 0);
        }

        var rootNumber = Assert.IsType<IndirectReferenceToken>(reader.Catalog.Data["StructTreeRoot"]).Data.ObjectNumber;
        AssertParents(reader, Assert.IsType<IndirectReferenceToken>(root.Data["K"]), rootNumber);
    }

    private static IEnumerable<IToken> Kids(PdfStructureReader reader, DictionaryToken element) =>
        reader.Get(element, "K") switch
        {
            ArrayToken array => array.Data.Select(t => t is IndirectReferenceToken ? t : reader.Resolve(t)),
            null => [],
            var one => [one],
        };

    private static void AssertParents(PdfStructureReader reader, IndirectReferenceToken reference, long parent)
    {
        var element = Assert.IsType<DictionaryToken>(reader.Resolve(reference));
        Assert.Equal(parent, Assert.IsType<IndirectReferenceToken>(element.Data["P"]).Data.ObjectNumber);
        foreach (var kid in Kids(reader, element))
        {
            if (kid is IndirectReferenceToken child && reader.Resolve(child) is DictionaryToken d && d.TryGet(NameToken.Create("S"), out _))
            {
                AssertParents(reader, child, reference.Data.ObjectNumber);
            }
        }
    }
}
