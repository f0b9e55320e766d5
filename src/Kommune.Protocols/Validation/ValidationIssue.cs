namespace Kommune.Protocols.Validation;

/// <summary>One problem found in a meeting: a stable code, a severity, where, and what (in the language asked for).</summary>
public sealed class ValidationIssue
{
    internal ValidationIssue(string code, Severity severity, string path, string message)
    {
        Code = code;
        Severity = severity;
        Path = path;
        Message = message;
    }

    /// <summary>The stable code (<c>KP202</c>), listed in <c>docs/validation-rules.md</c>.</summary>
    public string Code { get; }

    /// <summary>Error or warning.</summary>
    public Severity Severity { get; }

    /// <summary>Where in the model, named as in the JSON (<c>items[3].attachments[0]</c>); empty for the meeting itself.</summary>
    public string Path { get; }

    /// <summary>What is wrong, in the language asked for.</summary>
    public string Message { get; }

    /// <summary>The issue as one line: <c>KP202 error items[3].attachments[0]: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"{Code} {(Severity == Severity.Error ? "error" : "warning")} {(Path.Length == 0 ? "meeting" : Path)}: {Message}";
}
