namespace Kommune.Protocols.Model;

/// <summary>What became of an item at the meeting.</summary>
public enum ItemStatus
{
    /// <summary>Handled (the usual case).</summary>
    Handled,

    /// <summary>Postponed (<i>udsat</i>); <see cref="AgendaItem.GoesTo"/> may say to when.</summary>
    Postponed,

    /// <summary>Taken off the agenda (<i>taget af dagsordenen</i>, <i>udgik</i>).</summary>
    TakenOff,

    /// <summary>Sent back to a committee or the administration (<i>sendt tilbage</i>).</summary>
    ReferredBack,
}
