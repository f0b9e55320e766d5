using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class TextXmlCanCarry() : Rule("KP207", Severity.Error, "Text holds no character a document cannot carry (control characters, unpaired surrogates, U+FFFE, U+FFFF).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        // The walker visits every field; only a bad one costs a path string.
        var findings = new List<Finding>();
        MeetingWalker.Visit(context.Meeting, (path, text) =>
        {
            var at = TextCharacters.FirstUnprintable(text);
            if (at >= 0)
            {
                findings.Add(new Finding(path.ToString(), ("character", $"U+{(int)text[at]:X4}"), ("position", at)));
            }
        });
        return findings;
    }
}
