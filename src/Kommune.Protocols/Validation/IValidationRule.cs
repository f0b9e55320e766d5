namespace Kommune.Protocols.Validation;

/// <summary>
/// One rule of the catalogue. Rules are small, independent and stateless; add one by
/// implementing this and passing it to <see cref="MeetingValidator"/>'s constructor.
/// </summary>
public interface IValidationRule
{
    /// <summary>The stable code (<c>KP202</c>).</summary>
    string Code { get; }

    /// <summary>The severity unless a finding or the options say otherwise.</summary>
    Severity DefaultSeverity { get; }

    /// <summary>What the rule checks, in English (for the catalogue).</summary>
    string Description { get; }

    /// <summary>Checks the meeting.</summary>
    /// <param name="context">The meeting and what rules share about it.</param>
    /// <returns>The findings.</returns>
    IEnumerable<Finding> Check(ValidationContext context);
}

/// <summary>What a rule found: where, and the message in both languages.</summary>
/// <param name="Path">Where in the model (<c>items[3].title</c>).</param>
/// <param name="Danish">The message in Danish.</param>
/// <param name="English">The message in English.</param>
/// <param name="Severity">A severity for this finding only, when it depends on the case.</param>
public readonly record struct Finding(string Path, string Danish, string English, Severity? Severity = null)
{
    /// <summary>Where in the model.</summary>
    public string Path { get; init; } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>The message in Danish.</summary>
    public string Danish { get; init; } = Danish ?? throw new ArgumentNullException(nameof(Danish));

    /// <summary>The message in English.</summary>
    public string English { get; init; } = English ?? throw new ArgumentNullException(nameof(English));
}
