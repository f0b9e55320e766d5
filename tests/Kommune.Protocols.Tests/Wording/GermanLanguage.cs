namespace Kommune.Protocols.Tests.Wording;

/// <summary>
/// A third language in one file, as a user would add one: a tag, a fallback for what it does not
/// translate, and the templates it does. Test-only and deliberately tiny.
/// </summary>
public sealed class GermanLanguage : Language
{
    public GermanLanguage()
        : base("de-DE", English)
    {
        Set(WordKeys.ProtocolPaper, "Beschlussprotokoll");
        Set(WordKeys.DecisionHeading, "Beschluss von {body} am {date}");
        Set(WordKeys.ClosedItem, "Nichtöffentlicher Punkt");
        Set(WordKeys.DateLong, "{d}. {month} {yyyy}");
        Set(WordKeys.DateDecision, "{d}. {month} {yyyy}");
        Set("month3", "März");
        Set("KP201", "Punkt {number} hat keinen Titel.");
    }
}
