namespace Kommune.Protocols.Validation;

/// <summary>How bad a validation issue is.</summary>
public enum Severity
{
    /// <summary>The paper must not be published like this.</summary>
    Error,

    /// <summary>Probably a mistake; publishing is still possible.</summary>
    Warning,
}
