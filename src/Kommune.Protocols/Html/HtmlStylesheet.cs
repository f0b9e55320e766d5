using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Html;

/// <summary>
/// The page's inline stylesheet: a fixed part (<see cref="Base"/>, every rule scoped to
/// <c>.kp</c> or a <c>kp-</c> class so a site can load it beside its own CSS for item fragments) and a per-document
/// <c>@page</c> rule that prints the body, the date, the page label (<i>Side 1 af 9</i>) and, on a
/// draft, the draft mark in the margins of every printed page, as the DOCX has them in its header
/// and footer (so the in-flow header is not printed). Its hash goes into the page's
/// Content-Security-Policy, which then allows this stylesheet and nothing else. Tables wrap long
/// words only where they must (<c>break-word</c>), so a short time such as <c>10.30</c> is never
/// split to make a column narrow; running text may break anywhere rather than overflow a phone.
/// </summary>
internal static class HtmlStylesheet
{
    /// <summary>The fixed rules, with <c>\n</c> line ends whatever the checkout's.</summary>
    public static readonly string Base = """
        .kp{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}
        body.kp{max-width:52rem;margin:0 auto;padding:1rem 1.25rem 3rem}
        .kp h1{font-size:2rem;line-height:1.2;margin:2rem 0 .25rem}
        .kp h2{font-size:1.4rem;line-height:1.25;margin:2.5rem 0 .5rem;padding-top:.75rem;border-top:1px solid #c4c4c4}
        .kp h3{font-size:1.1rem;line-height:1.3;margin:1.5rem 0 .35rem}
        .kp h4,.kp h5,.kp h6{font-size:1rem;margin:1.25rem 0 .35rem}
        .kp p{margin:.45rem 0}
        .kp-header{border-bottom:1px solid #c4c4c4;padding-bottom:.5rem;color:#474747;font-size:.9rem}
        .kp-header p{margin:0}
        .kp-header .kp-cols{justify-content:space-between}
        .kp-cols{display:flex;flex-wrap:wrap;column-gap:1.5rem}
        .kp-subtitle{font-size:1.3rem}
        .kp-draft{font-weight:700;color:#a3000e;letter-spacing:.08em}
        .kp-fields{margin:1rem 0}
        .kp-fields div{display:flex;flex-wrap:wrap;column-gap:1rem}
        .kp-fields dt{min-width:7rem}
        .kp-fields dd{margin:0}
        .kp-meta{color:#474747}
        .kp-label,.kp-attachment-group{font-weight:700;margin-top:1rem}
        .kp-label+p{margin-top:0}
        .kp-attachments{list-style:none;padding:0;margin:.25rem 0 .75rem}
        .kp-attachments li{padding-left:2rem;text-indent:-2rem;margin:.15rem 0}
        .kp-attachments span:not(:last-child){margin-right:1.25rem}
        .kp table{border-collapse:collapse;width:100%;margin:.75rem 0;overflow-wrap:break-word}
        .kp caption{text-align:left;font-weight:700;padding:.25rem 0}
        .kp th,.kp td{border:1px solid #8c8c8c;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .kp th{background:#ededed}
        .kp td>:first-child,.kp th>:first-child{margin-top:0}
        .kp td>:last-child,.kp th>:last-child{margin-bottom:0}
        .kp td ul,.kp td ol{padding-left:1.25rem}
        .kp-signatures{display:flex;flex-wrap:wrap;gap:3.5rem 3rem;margin-top:4rem}
        .kp-signature{flex:0 1 17rem;border-top:1px solid #1a1a1a;padding-top:.35rem}
        .kp-signature p{margin:0}
        .kp-signature-line{border-bottom:1px solid #1a1a1a;min-height:3rem;max-width:18rem}
        @media (max-width:30rem){.kp h1{font-size:1.7rem}}
        @media print{
        body.kp{max-width:none;margin:0;padding:0;font-size:11pt}
        .kp h2{border-top:0;padding-top:0}
        .kp-header{display:none}
        .kp-break{break-before:page}
        .kp h1,.kp h2,.kp h3,.kp caption{break-after:avoid}
        .kp tr,.kp-signature{break-inside:avoid}
        }

        """.ReplaceLineEndings("\n");

    /// <summary>The stylesheet of one page: <see cref="Base"/> and its <c>@page</c> rule.</summary>
    public static string For(PaperDocument document)
    {
        var css = new StringBuilder(Base, Base.Length + 256);
        css.Append("@page{size:A4;margin:25mm 20mm 22mm;");
        MarginBox(css, "top-left", document.HeaderLeft, "color:#474747");
        if (document.DraftMark is { } mark)
        {
            MarginBox(css, "top-center", mark, "color:#a3000e;font-weight:700");
        }

        MarginBox(css, "top-right", document.HeaderRight, "color:#474747");
        css.Append("@bottom-right{content:");
        var first = true;
        foreach (var part in document.PageLabel)
        {
            if (!first)
            {
                css.Append(' ');
            }

            first = false;
            switch (part.Kind)
            {
                case PageLabelPartKind.PageNumber:
                    css.Append("counter(page)");
                    break;
                case PageLabelPartKind.PageCount:
                    css.Append("counter(pages)");
                    break;
                default:
                    CssString(css, part.Text);
                    break;
            }
        }

        if (first)
        {
            css.Append("none");
        }

        css.Append(";font:9pt system-ui,sans-serif;color:#474747}}\n");
        return css.ToString();
    }

    /// <summary>The CSP source that allows exactly <paramref name="css"/> as the text of a <c>style</c> element.</summary>
    public static string HashSource(string css) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css))) + "'";

    /// <summary>Text in a page margin on every printed page, as the DOCX has it in its header.</summary>
    private static void MarginBox(StringBuilder css, string box, string text, string declarations)
    {
        css.Append('@').Append(box).Append("{content:");
        CssString(css, text);
        css.Append(";font-family:system-ui,sans-serif;font-size:9pt;").Append(declarations).Append('}');
    }

    /// <summary>
    /// A CSS string literal. Label text comes from the house style, so anything that is not an
    /// ASCII letter, digit or space is written as a hex escape: nothing can end the string, the rule
    /// or the <c>style</c> element.
    /// </summary>
    private static void CssString(StringBuilder css, string text)
    {
        css.Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            // ASCII only: Unicode's letter tables differ between runtimes, and the bytes must not.
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' '))
            {
                css.Append(rune.ToString());
            }
            else
            {
                // CSS takes one white space after a hex escape as its end, so one is always written:
                // a real space that follows is then kept (without it, "5. marts" printed as "5.marts").
                css.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        css.Append('"');
    }
}
