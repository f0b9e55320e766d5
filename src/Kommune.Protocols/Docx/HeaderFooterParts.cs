using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>The header (body, date and, on a draft, the draft mark) and the footer (<i>Side X af Y</i> with PAGE/NUMPAGES fields).</summary>
internal static class HeaderFooterParts
{
    public static W.Header Header(string bodyAndDate, string? draftMark)
    {
        var header = new W.Header(Ooxml.Text(StyleIds.Header, bodyAndDate));
        if (draftMark is not null)
        {
            header.Append(Ooxml.Text(StyleIds.DraftMark, draftMark));
        }

        return header;
    }

    /// <summary>The footer; <c>{page}</c> and <c>{pages}</c> in the label become fields.</summary>
    public static W.Footer Footer(string pageLabel)
    {
        var content = new List<OpenXmlElement>();
        var rest = pageLabel;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var at = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (at < 0)
            {
                content.Add(Ooxml.Run(rest));
                break;
            }

            if (at > 0)
            {
                content.Add(Ooxml.Run(rest[..at]));
            }

            var isPages = at == pages;
            content.Add(new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = isPages ? " NUMPAGES " : " PAGE " });
            rest = rest[(at + (isPages ? "{pages}" : "{page}").Length)..];
        }

        return new W.Footer(Ooxml.Paragraph(StyleIds.Footer, content));
    }
}
