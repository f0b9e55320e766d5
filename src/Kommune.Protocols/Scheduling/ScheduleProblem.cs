using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Scheduling;

/// <summary>A problem found while scheduling; validation reports it under the same code.</summary>
/// <param name="Code">The stable code (<c>KP501</c>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Path">Where (<c>timePlan.slots[3]</c>).</param>
/// <param name="Danish">The message in Danish.</param>
/// <param name="English">The message in English.</param>
public sealed record ScheduleProblem(string Code, Severity Severity, string Path, string Danish, string English)
{
    /// <summary>The stable code.</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>Where in the model.</summary>
    public string Path { get; init; } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>The message in Danish.</summary>
    public string Danish { get; init; } = Danish ?? throw new ArgumentNullException(nameof(Danish));

    /// <summary>The message in English.</summary>
    public string English { get; init; } = English ?? throw new ArgumentNullException(nameof(English));

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string Message(Language language) => language == Language.English ? English : Danish;
}
