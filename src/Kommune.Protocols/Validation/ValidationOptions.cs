using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation;

/// <summary>How to validate.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: Danish messages, the meeting's own stage, every rule at its own severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The language of messages. Default: <see cref="Language.Danish"/>.</summary>
    public Language Language { get; init => field = value ?? throw new ArgumentNullException(nameof(Language)); } = Language.Danish;

    /// <summary>Validate as if the meeting were at this stage (for example, check an agenda before it becomes a protocol); default: its own.</summary>
    public DocumentStage? Stage { get; init; }

    /// <summary>Codes of rules to skip.</summary>
    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Codes whose severity is changed.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);
}
