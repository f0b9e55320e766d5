using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation;

/// <summary>How to validate. Immutable; a null collection is taken as empty.</summary>
public sealed record ValidationOptions
{
    private static readonly IReadOnlySet<string> NoCodes = System.Collections.Frozen.FrozenSet<string>.Empty;
    private static readonly IReadOnlyDictionary<string, Severity> NoOverrides = System.Collections.Frozen.FrozenDictionary<string, Severity>.Empty;

    /// <summary>The defaults: Danish messages, the meeting's own stage, every rule at its own severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The language of messages. Default: <see cref="Language.Danish"/>.</summary>
    public Language Language { get; init => field = value ?? throw new ArgumentNullException(nameof(Language)); } = Language.Danish;

    /// <summary>Validate as if the meeting were at this stage (for example, check an agenda before it becomes a protocol); default: its own.</summary>
    public DocumentStage? Stage { get; init; }

    /// <summary>Codes of rules to skip. Default: none.</summary>
    public IReadOnlySet<string> Disabled { get; init => field = value ?? NoCodes; } = NoCodes;

    /// <summary>Codes whose severity is changed. Default: none.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init => field = value ?? NoOverrides; } = NoOverrides;

    /// <summary>
    /// Rules of your own, run after the built-in ones (<see cref="MeetingValidator.BuiltInRules"/>);
    /// <see cref="Disabled"/> and <see cref="SeverityOverrides"/> apply to them as well. Default: none.
    /// </summary>
    public IReadOnlyList<IValidationRule> ExtraRules { get; init => field = value ?? []; } = [];
}
