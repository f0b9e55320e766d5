using Kommune.Protocols.Model;

namespace Kommune.Protocols.Json.Converters;

/// <summary>Case numbers as written; unknown forms are kept (validation warns about them).</summary>
internal sealed class CaseNumberConverter : TextValueConverter<CaseNumber>
{
    protected override string Expected => "a non-empty case number such as \"00.32.10.S00 24/5333\"";

    protected override bool TryParse(string text, out CaseNumber value)
    {
        value = text.Length == 0 ? null! : CaseNumber.FromText(text);
        return text.Length > 0;
    }

    protected override string Format(CaseNumber value) => value.ToString();
}

/// <summary>Document numbers as written; unknown forms are kept (validation warns about them).</summary>
internal sealed class DocumentNumberConverter : TextValueConverter<DocumentNumber>
{
    protected override string Expected => "a non-empty document number such as \"29031/25\" or \"2016-003798-1\"";

    protected override bool TryParse(string text, out DocumentNumber value)
    {
        value = text.Length == 0 ? null! : DocumentNumber.FromText(text);
        return text.Length > 0;
    }

    protected override string Format(DocumentNumber value) => value.ToString();
}

/// <summary>Item numbers, strictly (<c>"4"</c>, <c>"1.a"</c>).</summary>
internal sealed class ItemNumberConverter : TextValueConverter<ItemNumber>
{
    protected override string Expected => "an item number such as \"4\", \"138\" or \"1.a\"";

    protected override bool TryParse(string text, out ItemNumber value) => ItemNumber.TryParse(text, out value!);

    protected override string Format(ItemNumber value) => value.ToString();
}
