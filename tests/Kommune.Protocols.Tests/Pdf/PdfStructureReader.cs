using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>One element of a PDF's structure tree as PdfPig reads it: its type, its attributes and its children in order.</summary>
public sealed record StructureElement(string Type, DictionaryToken Dictionary, IReadOnlyList<StructureElement> Children)
{
    public IEnumerable<StructureElement> DepthFirst()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var element in child.DepthFirst())
            {
                yield return element;
            }
        }
    }
}

/// <summary>Reads the catalog's structure tree (and other catalog entries) through PdfPig's token API, resolving indirect references.</summary>
public sealed class PdfStructureReader(PdfDocument document)
{
    public DictionaryToken Catalog => document.Structure.Catalog.CatalogDictionary;

    public IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(token) : null;

    /// <summary>A text string, literal or hex.</summary>
    public static string? Text(IToken? token) => token switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => null,
    };

    public IToken Resolve(IToken token) =>
        token is IndirectReferenceToken reference ? Resolve(document.Structure.GetObject(reference.Data).Data) : token;

    /// <summary>The structure tree root's element (the <c>Document</c> element).</summary>
    public StructureElement Root()
    {
        var root = Get(Catalog, "StructTreeRoot") as DictionaryToken ?? throw new InvalidOperationException("no StructTreeRoot");
        var kids = Kids(root);
        return kids.Count == 1 ? kids[0] : new StructureElement("(root)", root, kids);
    }

    private List<StructureElement> Kids(DictionaryToken element)
    {
        var result = new List<StructureElement>();
        var k = Get(element, "K");
        var items = k is ArrayToken array ? array.Data : k is null ? [] : [k];
        foreach (var item in items)
        {
            if (Resolve(item) is DictionaryToken child && Get(child, "S") is NameToken type)
            {
                result.Add(new StructureElement(type.Data, child, Kids(child)));
            }
        }

        return result;
    }
}
