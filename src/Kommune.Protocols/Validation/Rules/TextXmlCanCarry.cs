namespace Kommune.Protocols.Validation.Rules;

internal sealed class TextXmlCanCarry() : Rule("KP207", Severity.Error, "Text holds no character that XML, and so DOCX, cannot carry (control characters, unpaired surrogates).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, text) in MeetingText.Enumerate(context.Meeting))
        {
            var at = MeetingText.FirstCharacterXmlCannotCarry(text);
            if (at >= 0)
            {
                var code = $"U+{(int)text[at]:X4}";
                yield return new Finding(path, $"Teksten indeholder tegnet {code} (position {at}), som ikke kan komme med i et Word-dokument.", $"The text holds the character {code} (position {at}), which a Word document cannot carry.");
            }
        }
    }
}
