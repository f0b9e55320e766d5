namespace Kommune.Protocols.Paper;

/// <summary>How the front page reports who attended.</summary>
public enum AttendanceLayout
{
    /// <summary>A list of members, each with their notes: <c>Claus Kjeldsen, stedfortræder for Anders Kühnau</c>; <c>Susanne Buch, forlod mødet, kl. 15.00</c>.</summary>
    List,

    /// <summary>
    /// Sentences, as many councils and regions write them: <c>Alle medlemmer var mødt undtagen Anders
    /// Kühnau, der havde meldt afbud.</c> <c>Claus Kjeldsen deltog som stedfortræder for Anders Kühnau.</c>
    /// <c>Susanne Buch forlod mødet kl. 15.00.</c> Members with more to say (a reason, items missed)
    /// keep their line in the list, so nothing recorded is left out.
    /// </summary>
    Sentences,
}
