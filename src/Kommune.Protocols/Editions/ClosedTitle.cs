namespace Kommune.Protocols.Editions;

/// <summary>What title a closed item is listed under in the public edition.</summary>
public enum ClosedTitle
{
    /// <summary>Its public title (<see cref="Model.AgendaItem.PublicTitle"/>), or the withheld-title text when it has none (the default).</summary>
    PublicTitle,

    /// <summary>Its internal title, as written (only where the municipality has decided the titles of closed items are never confidential).</summary>
    InternalTitle,

    /// <summary>Only its number, with the withheld-title text (<i>Lukket punkt</i>).</summary>
    NumberOnly,
}
