namespace Kommune.Protocols.Validation;

/// <summary>One problem found in a meeting.</summary>
/// <param name="Code">The stable code (<c>KP202</c>), listed in <c>docs/validation-rules.md</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Path">Where in the model, named as in the JSON (<c>items[3].attachments[0]</c>); empty for the meeting itself.</param>
/// <param name="Message">What is wrong, in the language asked for.</param>
public sealed record ValidationIssue(string Code, Severity Severity, string Path, string Message)
{
    /// <summary>The stable code.</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>Where in the model; empty for the meeting itself.</summary>
    public string Path { get; init; } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>What is wrong.</summary>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>The issue as one line: <c>KP202 error items[3].attachments[0]: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"{Code} {(Severity == Severity.Error ? "error" : "warning")} {(Path.Length == 0 ? "meeting" : Path)}: {Message}";
}
