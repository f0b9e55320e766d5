namespace Kommune.Protocols.Import;

/// <summary>
/// Every code an import report can hold, in one place, each with its severity and meaning. A
/// test checks that <c>docs/import.md</c> lists exactly these.
/// </summary>
internal static class ImportCodes
{
    // IMP0xx: the file as a whole.
    public static readonly ImportCode ControlCharacters = new("IMP001", ImportSeverity.Warning, "Characters XML 1.0 cannot carry (control characters, as raw characters or as references like `&#xC;`) were removed.");
    public static readonly ImportCode Encoding = new("IMP002", ImportSeverity.Warning, "The bytes do not match the declared encoding; the file was read in the encoding its bytes have.");
    public static readonly ImportCode BareAmpersand = new("IMP003", ImportSeverity.Warning, "An `&` that starts no XML reference (`Vej & Park`, `&nbsp;`) was read as text.");
    public static readonly ImportCode NoMunicipality = new("IMP004", ImportSeverity.Warning, "The source does not name the municipality and `ImportOptions.Municipality` was not set; the meeting's municipality is empty.");
    public static readonly ImportCode BrokenXml = new("IMP005", ImportSeverity.Warning, "The XML breaks off (not well-formed) after the root element began; what came before was imported, the rest was not.");

    // IMP1xx: the meeting.
    public static readonly ImportCode Missing = new("IMP101", ImportSeverity.Warning, "A value the meeting needs is missing or empty (body, title); a placeholder or a value from elsewhere was used, as the message says.");
    public static readonly ImportCode BadDate = new("IMP102", ImportSeverity.Warning, "A date or time could not be read; it was left out.");
    public static readonly ImportCode DateGuessed = new("IMP103", ImportSeverity.Warning, "The meeting date is missing or unreadable; it was taken from another value (or set to 0001-01-01 when there was none).");
    public static readonly ImportCode PaperGuessed = new("IMP104", ImportSeverity.Warning, "The kind of paper (draft, agenda, protocol) is missing or unknown; it was read as an agenda.");
    public static readonly ImportCode NotMapped = new("IMP105", ImportSeverity.Info, "A value the source holds has no place in the model and was not imported (counted per element).");
    public static readonly ImportCode Converted = new("IMP106", ImportSeverity.Info, "A value was carried over in another shape than the source has (a UTC instant as Danish local time, a party name as the party).");

    // IMP2xx: items and attachments.
    public static readonly ImportCode AccessUnknown = new("IMP201", ImportSeverity.Warning, "An item's open/closed value is missing, unknown or contradictory; the item was imported as closed (fail closed).");
    public static readonly ImportCode NumberUnreadable = new("IMP202", ImportSeverity.Warning, "An item's printed number is not an item number (`Punkt A`, `-`); it was dropped and the item imported unnumbered.");
    public static readonly ImportCode NumberByPosition = new("IMP203", ImportSeverity.Info, "The format has no printed item number; the items were numbered 1, 2, 3, ... in their sort order.");
    public static readonly ImportCode AttachmentAccess = new("IMP204", ImportSeverity.Warning, "An attachment's open/closed value is missing or unknown, or it is marked open in a closed item; it was imported as closed.");
    public static readonly ImportCode AttachmentNumber = new("IMP205", ImportSeverity.Info, "An attachment's number is missing or not its position in the item; it was numbered by position (the model numbers from 1 within each item).");
    public static readonly ImportCode FileOutside = new("IMP206", ImportSeverity.Warning, "An attachment's file reference is absolute or leaves the export's folder; only its file name was kept.");
    public static readonly ImportCode FileMissing = new("IMP207", ImportSeverity.Warning, "An attachment's file is not in `ImportOptions.AttachmentFolder`.");
    public static readonly ImportCode AttachmentTitle = new("IMP208", ImportSeverity.Warning, "An attachment has no title; its file name (or `Bilag N`) was used.");
    public static readonly ImportCode EarlierDecisionBodiless = new("IMP209", ImportSeverity.Warning, "An earlier decision does not name the body that made it (the model needs one); it was kept as a section headed by its caption.");
    public static readonly ImportCode DecisionDate = new("IMP210", ImportSeverity.Warning, "The date in a decision heading (`Beslutning i ... den ...`) could not be read; the decision has no date of its own.");
    public static readonly ImportCode AccessNarrowed = new("IMP211", ImportSeverity.Info, "An access value finer than open/closed (Acadre's person-sensitive) was imported as closed.");
    public static readonly ImportCode ItemDropped = new("IMP212", ImportSeverity.Warning, "An item or attachment with nothing in it (no title, no content) was left out.");
    public static readonly ImportCode Unnumbered = new("IMP213", ImportSeverity.Info, "An item has no printed number in a format that has one; it was imported unnumbered, as the model allows (`Spørgetid`, `Meddelelser`).");

    // IMP3xx: people.
    // IMP301 is retired: an absence without a word on notice is now the model's own Absent.
    public static readonly ImportCode AttendanceUnknown = new("IMP302", ImportSeverity.Warning, "A member's attendance value is unknown; the member was recorded as present.");
    public static readonly ImportCode RoleUnknown = new("IMP303", ImportSeverity.Info, "A member's role is not one the model knows; the member is an ordinary member with the role as title.");
    public static readonly ImportCode PartyConflict = new("IMP304", ImportSeverity.Warning, "The party letter in a member's name differs from the party field; the field was kept.");
    public static readonly ImportCode MemberDropped = new("IMP305", ImportSeverity.Warning, "A member without a name, or listed twice, was left out.");
    public static readonly ImportCode SubstituteGuessed = new("IMP306", ImportSeverity.Warning, "A substitute does not say whom they stand in for (the model requires it); the one absent member of the same party was assumed, or with none or several the substitute was listed as a member titled Stedfortræder.");

    // IMP4xx: section content (HTML).
    public static readonly ImportCode ScriptRemoved = new("IMP401", ImportSeverity.Warning, "A `script` or `style` element in section content was removed with its content.");
    public static readonly ImportCode UnknownMarkup = new("IMP402", ImportSeverity.Info, "Markup the model has no form for (an image, a link target, underline, a cell span, a nested list) was dropped; its text was kept.");
    public static readonly ImportCode DeepHtml = new("IMP403", ImportSeverity.Warning, "Section content nested deeper than `ImportOptions.MaxHtmlDepth` (or tables deeper than the model allows) was kept as plain text.");

    /// <summary>All codes, in order.</summary>
    public static IReadOnlyList<ImportCode> All { get; } =
    [
        ControlCharacters, Encoding, BareAmpersand, NoMunicipality, BrokenXml,
        Missing, BadDate, DateGuessed, PaperGuessed, NotMapped, Converted,
        AccessUnknown, NumberUnreadable, NumberByPosition, AttachmentAccess, AttachmentNumber, FileOutside, FileMissing, AttachmentTitle, EarlierDecisionBodiless, DecisionDate, AccessNarrowed, ItemDropped, Unnumbered,
        AttendanceUnknown, RoleUnknown, PartyConflict, MemberDropped, SubstituteGuessed,
        ScriptRemoved, UnknownMarkup, DeepHtml,
    ];
}
