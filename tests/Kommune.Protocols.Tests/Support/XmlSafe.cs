using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Generated meetings made printable: every character a document cannot carry becomes <c>?</c>
/// (through the model's walker, so no field is missed), so DOCX property tests run on every
/// generated meeting instead of discarding most of them.
/// </summary>
public static class XmlSafe
{
    public static Meeting Clean(Meeting meeting) => MeetingWalker.Rewrite(meeting, (_, text) => Printable(text));

    public static string Printable(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bad = !pair && ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c));
            if (bad && clean is null)
            {
                clean = new StringBuilder(text, 0, i, text.Length);
            }

            clean?.Append(bad ? '?' : c);
            if (pair)
            {
                clean?.Append(text[i + 1]);
                i++;
            }
        }

        return clean?.ToString() ?? text;
    }
}
