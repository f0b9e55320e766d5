namespace Kommune.Protocols.Editions;

/// <summary>How the public edition shows the closed attachments of an open item.</summary>
public enum ClosedAttachments
{
    /// <summary>Listed with their number and a neutral text (<i>Lukket bilag</i>), so readers know they exist (the default).</summary>
    Neutral,

    /// <summary>Not listed at all.</summary>
    Hidden,
}
