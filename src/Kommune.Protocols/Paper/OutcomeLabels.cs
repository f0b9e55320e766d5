namespace Kommune.Protocols.Paper;

/// <summary>When a decision's recorded outcome is printed as a label (<i>Godkendt.</i>) above its text.</summary>
public enum OutcomeLabels
{
    /// <summary>Only when the decision has no text to say it (the default): many protocols print the text alone.</summary>
    WhenNoText,

    /// <summary>Always, unless the text already begins with the same words.</summary>
    Always,
}
