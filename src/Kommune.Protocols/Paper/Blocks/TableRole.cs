namespace Kommune.Protocols.Paper.Blocks;

/// <summary>What a table holds, for writers that style tables by purpose.</summary>
internal enum TableRole
{
    /// <summary>A table from the meeting's own text.</summary>
    Content,

    /// <summary>The list of items on the front page (<i>Nr. | Punkt | Adgang</i>).</summary>
    Contents,

    /// <summary>The time plan (<i>Tid | Punkt</i>).</summary>
    TimePlan,

    /// <summary>The coming meetings (<i>Dato | Punkter</i>).</summary>
    UpcomingMeetings,
}
