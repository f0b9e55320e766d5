using System.Collections.Frozen;

namespace Kommune.Protocols.Paper;

/// <summary>
/// How a municipality prints its papers: labels and phrases, item headings, time and date
/// formats, one item per page or continuous, the order of an item's parts, how the contents are
/// grouped. A record that a municipality configures once (and can keep as JSON:
/// <c>Kommune.Protocols.Settings.SettingsJson</c>); <c>docs/styles/</c> has examples, one of them the seed's.
/// Labels override a language's templates by key (<see cref="WordKeys"/>):
/// <c>HouseStyle.Default with { Labels = new Dictionary&lt;string, string&gt; { [WordKeys.CaseRoute] = "Sagsforløb" } }</c>.
/// </summary>
public sealed record HouseStyle
{
    private static readonly ItemPart[] DefaultOrder = [ItemPart.Sections, ItemPart.History, ItemPart.Recommendation, ItemPart.Attachments, ItemPart.Decision];

    private readonly FrozenDictionary<string, Template> templates = FrozenDictionary<string, Template>.Empty;

    /// <summary>The library's layout.</summary>
    public static HouseStyle Default { get; } = new();

    /// <summary>
    /// Templates that replace the language's for these keys (any key of <see cref="WordKeys"/>,
    /// such as <c>itemHeading</c> = <c>"Nr. {number} - {title}"</c>), in every language. Default: none
    /// (null is taken as none).
    /// </summary>
    /// <exception cref="FormatException">A template has a malformed placeholder.</exception>
    /// <remarks>Null keeps no overrides: the settings reader sets every member, null for one a file leaves out.</remarks>
    public IReadOnlyDictionary<string, string> Labels
    {
        get;
        init
        {
            value ??= FrozenDictionary<string, string>.Empty;
            var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
            foreach (var (key, template) in value)
            {
                ArgumentNullException.ThrowIfNull(template, $"Labels[{key}]");
                parsed[key] = Template.Parse(template);
            }

            templates = parsed.ToFrozenDictionary(StringComparer.Ordinal);
            field = value.ToFrozenDictionary(StringComparer.Ordinal);
        }
    } = FrozenDictionary<string, string>.Empty;

    /// <summary>Every item (and the matter after the items) starts on a new page. Default: false (continuous: a 9-item protocol with short items is not 9 mostly empty pages).</summary>
    public bool ItemPerPage { get; init; }

    /// <summary>A member referred to anywhere (votes, substitutes, absences) is printed with the party letter: <c>Erik Nielsen (A)</c>. Default: true.</summary>
    public bool PartyAfterName { get; init; } = true;

    /// <summary>A label and a short value share a line (<c>Beslutningskompetence: Økonomiudvalget</c>) instead of the label above the value. Default: true.</summary>
    public bool InlineLabels { get; init; } = true;

    /// <summary>The time plan prints an item slot's number before its title (<c>1. Beslutningsprotokoller</c>). Default: true.</summary>
    public bool TimePlanItemNumbers { get; init; } = true;

    /// <summary>When a decision's outcome is printed as a label. Default: <see cref="OutcomeLabels.WhenNoText"/>.</summary>
    public OutcomeLabels OutcomeLabels { get; init; } = OutcomeLabels.WhenNoText;

    /// <summary>How the front page lists the items. Default: <see cref="ContentsGrouping.Flat"/>.</summary>
    public ContentsGrouping ContentsGrouping { get; init; } = ContentsGrouping.Flat;

    /// <summary>How times are written. Default: <see cref="TimeStyle.Dot"/> (<c>9.00</c>).</summary>
    public TimeStyle TimeStyle { get; init; } = TimeStyle.Dot;

    /// <summary>Whether the front page lists the items (<i>Indhold</i>). Default: true.</summary>
    public bool ShowContents { get; init; } = true;

    /// <summary>How the front page reports who attended. Default: <see cref="AttendanceLayout.List"/>.</summary>
    public AttendanceLayout AttendanceLayout { get; init; } = AttendanceLayout.List;

    /// <summary>A member's role is printed before the name with a capital (<c>Formand Britt Jensen (A)</c>) instead of after it (<c>Britt Jensen (A), formand</c>). Default: false.</summary>
    public bool RoleBeforeName { get; init; }

    /// <summary>
    /// Lines of the house style's own printed on the front page after the date, time and place
    /// (<c>"Sager {firstItem} - {lastItem}"</c>). A line may name <c>{municipality}</c>, <c>{body}</c>,
    /// <c>{paper}</c>, <c>{kind}</c>, <c>{location}</c>, <c>{start}</c>, <c>{end}</c>, <c>{startHour}</c>,
    /// <c>{startMinute}</c>, <c>{endHour}</c>, <c>{endMinute}</c>, <c>{firstItem}</c>, <c>{lastItem}</c>,
    /// <c>{items}</c> and the date's <c>{d}</c>, <c>{dd}</c>, <c>{m}</c>, <c>{mm}</c>, <c>{month}</c>,
    /// <c>{yyyy}</c>, <c>{weekday}</c>; a capital first letter (<c>{Weekday}</c>) capitalizes the value. A
    /// line that names something the meeting does not have is left out. Default: none.
    /// </summary>
    /// <exception cref="FormatException">A line has a malformed placeholder.</exception>
    public IReadOnlyList<string> FrontLines
    {
        get;
        init => field = Lines(value, nameof(FrontLines));
    } = [];

    /// <summary>
    /// Lines of the house style's own printed after the last item, before the signatures
    /// (<c>"Mødet blev hævet kl. {end}."</c>), with the same placeholders as <see cref="FrontLines"/>.
    /// A line that names something the meeting does not have (an end time) is left out. Default: none.
    /// </summary>
    /// <exception cref="FormatException">A line has a malformed placeholder.</exception>
    public IReadOnlyList<string> EndLines
    {
        get;
        init => field = Lines(value, nameof(EndLines));
    } = [];

    /// <summary>
    /// The order of an item's parts after its heading and case details. Parts left out are
    /// printed after the listed ones in the default order, so nothing is ever lost.
    /// Default: sections, earlier decisions, recommendation, attachments, decision (also what an
    /// empty or null list gives).
    /// </summary>
    public IReadOnlyList<ItemPart> ItemPartOrder
    {
        get;
        init
        {
            value ??= [];
            var order = value.Where(Enum.IsDefined).Distinct().ToList();
            order.AddRange(DefaultOrder.Where(p => !order.Contains(p)));
            field = order.AsReadOnly();
        }
    } = DefaultOrder.AsReadOnly();

    internal Template? FindLabel(string key) => templates.GetValueOrDefault(key);

    private static IReadOnlyList<string> Lines(IReadOnlyList<string>? lines, string name)
    {
        lines ??= [];
        for (var i = 0; i < lines.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(lines[i], $"{name}[{i}]");
            Template.Parse(lines[i]);
        }

        return lines.ToArray().AsReadOnly();
    }
}
