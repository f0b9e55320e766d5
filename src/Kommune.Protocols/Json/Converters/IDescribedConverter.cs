namespace Kommune.Protocols.Json.Converters;

/// <summary>A converter that can say what a valid value looks like, for error messages.</summary>
internal interface IDescribedConverter
{
    /// <summary>What a valid value looks like (<c>an ISO date such as "2025-03-05"</c>).</summary>
    string Expected { get; }
}
