namespace Kommune.Protocols.Validation.Rules;

/// <summary>The common shape of the built-in rules.</summary>
internal abstract class Rule(string code, Severity severity, string description) : IValidationRule
{
    public string Code => code;

    public Severity DefaultSeverity => severity;

    public string Description => description;

    public abstract IEnumerable<Finding> Check(ValidationContext context);
}
