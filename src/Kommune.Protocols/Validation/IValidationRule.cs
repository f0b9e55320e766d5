namespace Kommune.Protocols.Validation;

/// <summary>
/// One rule of the catalogue. Rules are small, independent and stateless; add one by
/// implementing this and listing it in <see cref="ValidationOptions.ExtraRules"/>. A rule must be
/// stateless (or thread-safe): validations may run on many threads at once. A rule's
/// messages are templates of a <see cref="Language"/> keyed by its code; a rule of your own can
/// give its message as text instead (<see cref="Finding.WithMessage"/>).
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
