namespace Kommune.Protocols;

/// <summary>The language of labels and messages.</summary>
public enum Language
{
    /// <summary>Danish (the default).</summary>
    Danish,

    /// <summary>English.</summary>
    English,
}
