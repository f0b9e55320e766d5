using CsCheck;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// CsCheck generators over the whole model, for property tests in any suite (JSON, DOCX,
/// validation, editions). Every optional member is sometimes present and sometimes absent;
/// every list is sometimes empty; text includes Danish letters, emoji, combining marks,
/// right-to-left script, quotes, backslashes, line breaks, tabs, control and invisible
/// characters and long strings. Generated meetings are well-formed for the model, not
/// necessarily valid by the validation rules.
/// </summary>
public static class ModelGen
{
    /// <summary>Fragments of text that have broken serializers and printers before.</summary>
    public static readonly string[] UnusualFragments =
    [
        "Økonomiudvalget", "æøå ÆØÅ", "Søren Ærø Åsen", "😀", "👍🏽", "👩‍👩‍👧", "e\u0301", "A\u030A", "שלום", "مرحبا بالعالم",
        "\u200F", "\u200B", "\u2028", "\"citat\"", "'enkelt'", "back\\slash", "\\n", "linje\nskift", "\r\n", "tab\there",
        "\u0001", "\u007F", "<script>&amp;</script>", "{\"json\": [1]}", " ", string.Empty, "100 %", "kr. 1.234,50", "§ 17, stk. 4",
        new string('x', 3000) + "ø",
    ];

    /// <summary>Text from ordinary words, unusual fragments and random BMP characters (no unpaired surrogates).</summary>
    public static Gen<string> Text => Gen.OneOf(
        Gen.OneOf("Direktionen", "Godkendt.", "Det indstilles, at direktionen:", "Norddjurs Kommune", "Byrådssalen"),
        Gen.OneOf(UnusualFragments).Array[1, 4].Select(string.Concat),
        Gen.Int[0x20, 0xD7FF].Select(i => (char)i).Array[0, 40].Select(chars => new string(chars)));

    /// <summary>Text or nothing.</summary>
    public static Gen<string?> OptionalText => OrNull(Text);

    /// <summary>Item numbers: <c>1</c>, <c>138</c>, <c>1.a</c>, <c>2.10</c>.</summary>
    public static Gen<ItemNumber> ItemNumber =>
        from main in Gen.Int[0, 99999]
        from sub in Gen.OneOf(string.Empty, ".a", ".b", ".10", ".xyz")
        select global::Kommune.Protocols.Model.ItemNumber.Parse(main.ToString(System.Globalization.CultureInfo.InvariantCulture) + sub);

    /// <summary>Case numbers in every known form and some unrecognized text.</summary>
    public static Gen<CaseNumber> CaseNumber => Gen.OneOf(
        Gen.OneOf("24/5333", "2019-012345", "00.32.10.S00 24/5333", "00.32.10.S00   24/5333", "00.32.10-S00-1-24", "01.02.03.G01 25/12")
            .Select(global::Kommune.Protocols.Model.CaseNumber.Parse),
        Gen.OneOf(Text.Where(t => t.Length > 0), Gen.OneOf("SAG-2025-17", "24 / 5333", "00.32.10")).Select(global::Kommune.Protocols.Model.CaseNumber.FromText));

    /// <summary>Document numbers, recognized and not.</summary>
    public static Gen<DocumentNumber> DocumentNumber => Gen.OneOf(
        Gen.Int[1, 999999].Select(n => global::Kommune.Protocols.Model.DocumentNumber.Parse($"{n}/25")),
        Gen.OneOf("29031/2025", "DOK-17", "29031 / 25").Select(global::Kommune.Protocols.Model.DocumentNumber.FromText));

    /// <summary>Dates from 1990 to 2040.</summary>
    public static Gen<LocalDate> Date =>
        from y in Gen.Int[1990, 2040]
        from m in Gen.Int[1, 12]
        from d in Gen.Int[1, 28]
        select new LocalDate(y, m, d);

    /// <summary>Times, mostly whole minutes, sometimes with seconds or a fraction.</summary>
    public static Gen<LocalTime> Time => Gen.OneOf(
        from h in Gen.Int[0, 23] from m in Gen.Int[0, 59] select new LocalTime(h, m),
        from h in Gen.Int[0, 23]
        from m in Gen.Int[0, 59]
        from s in Gen.Int[0, 59]
        from ns in Gen.OneOf(0L, 500_000_000L, 1L, 123_456_789L)
        select new LocalTime(h, m, s).PlusNanoseconds(ns));

    /// <summary>Durations: minutes, odd seconds and fractions, days, zero and negative.</summary>
    public static Gen<Duration> Duration => Gen.OneOf(
        Gen.Int[0, 600].Select(m => NodaTime.Duration.FromMinutes(m)),
        Gen.Int[-100_000, 1_000_000].Select(s => NodaTime.Duration.FromSeconds(s)),
        Gen.Int[0, 1000].Select(ms => NodaTime.Duration.FromMilliseconds(ms) + NodaTime.Duration.FromDays(2)));

    /// <summary>Instants between 2000 and 2040, sometimes with a fraction of a second.</summary>
    public static Gen<Instant> Instant =>
        from s in Gen.Int[946_684_800, int.MaxValue]
        from ns in Gen.OneOf(0L, 1L, 250_000_000L)
        select NodaTime.Instant.FromUnixTimeSeconds(s).PlusNanoseconds(ns);

    /// <summary>People, with and without titles.</summary>
    public static Gen<Person> Person =>
        from name in Text
        from title in OptionalText
        from organisation in OptionalText
        select new Person { Name = name, Title = title, Organisation = organisation };

    /// <summary>Runs of text with any formatting.</summary>
    public static Gen<TextRun> Run =>
        from text in Text
        from bold in Gen.Bool
        from italic in Gen.Bool
        select new TextRun { Text = text, Bold = bold, Italic = italic };

    /// <summary>Blocks nested at most two tables deep.</summary>
    public static Gen<Block> Block => BlockAt(2);

    /// <summary>Items, with sub-items at most two levels deep.</summary>
    public static Gen<AgendaItem> Item => ItemAt(2);

    /// <summary>Whole meetings.</summary>
    public static Gen<Meeting> Meeting =>
        from meeting in BaseMeeting
        from joint in List(Body)
        from cancelled in Gen.Bool
        from cancellation in OptionalText
        from parts in List(from l in OptionalText from a in Gen.Enum<Access>() from s in OrNull(Time) from e in OrNull(Time) select new MeetingPart { Label = l, Access = a, Start = s, End = e })
        from suspensions in List(from at in OrNull(Time) from resumed in OrNull(Time) from note in OptionalText select new Suspension { At = at, ResumedAt = resumed, Note = note })
        from allPresent in Gen.Bool
        from acting in OptionalText
        from notes in List(Block)
        select meeting with
        {
            JointBodies = joint,
            Cancelled = cancelled,
            CancellationReason = cancellation,
            Parts = parts,
            Suspensions = suspensions,
            AllMembersPresent = allPresent,
            ActingChair = acting,
            Notes = notes,
        };

    private static Gen<Meeting> BaseMeeting =>
        from municipality in Text
        from body in Body
        from kind in Gen.Enum<MeetingKind>()
        from date in Date
        from start in OrNull(Time)
        from end in OrNull(Time)
        from location in OptionalText
        from stage in Gen.Enum<DocumentStage>()
        from edition in Gen.Enum<MeetingEdition>()
        from members in List(Member)
        from items in List(Item)
        from plan in OrNull(TimePlan)
        from upcoming in List(UpcomingMeeting)
        from signatories in List(Signatory)
        select new Meeting
        {
            Municipality = municipality,
            Body = body,
            Kind = kind,
            Date = date,
            Start = start,
            End = end,
            Location = location,
            Stage = stage,
            Edition = edition,
            Members = members,
            Items = items,
            TimePlan = plan,
            UpcomingMeetings = upcoming,
            Signatories = signatories,
        };

    private static Gen<Body> Body =>
        from name in Text
        from shortName in OptionalText
        select new Body { Name = name, ShortName = shortName };

    private static Gen<PartialAttendance> Partial =>
        from fromItem in OrNull(ItemNumber)
        from toItem in OrNull(ItemNumber)
        from arrived in OrNull(Time)
        from until in OrNull(Time)
        from absentClosed in Gen.Bool
        from note in OptionalText
        select new PartialAttendance { FromItem = fromItem, ToItem = toItem, From = arrived, Until = until, AbsentFromClosedPart = absentClosed, Note = note };

    private static Gen<Member> Member =>
        from member in BaseMember
        // Keys are never ordinary text, so a reference drawn from the text pool names no member by accident (it would print her name).
        from key in OrNull(Gen.Int[0, 99_999].Select(n => $"key-{n}"))
        from rank in OrNull(Gen.Int[1, 9])
        from list in OptionalText
        from absentItems in List(from f in OrNull(ItemNumber) from t in OrNull(ItemNumber) select new ItemRange { From = f, To = t })
        from movements in List(
            from kind in Gen.Enum<MovementKind>()
            from at in OrNull(Time)
            from item in OrNull(ItemNumber)
            from timing in Gen.Enum<MovementTiming>()
            from note in OptionalText
            select new AttendanceChange { Kind = kind, At = at, Item = item, Timing = timing, Note = note })
        select member with { Key = key, SubstituteRank = rank, SubstituteList = list, AbsentItems = absentItems, Movements = movements };

    private static Gen<Member> BaseMember =>
        from name in Text
        from party in OptionalText
        from title in OptionalText
        from role in Gen.Enum<MemberRole>()
        from attendance in Gen.Enum<AttendanceStatus>()
        from reason in OptionalText
        from onTheDay in Gen.Bool
        from substituteFor in OptionalText
        from partial in OrNull(Partial)
        select new Member
        {
            Name = name,
            Party = party,
            Title = title,
            Role = role,
            Attendance = attendance,
            AbsenceReason = reason,
            NoticeOnTheDay = onTheDay,
            SubstituteFor = substituteFor,
            Partial = partial,
        };

    private static Gen<Signatory> Signatory =>
        from name in Text
        from title in OptionalText
        from approval in OrNull(
            from at in OrNull(Instant)
            from method in OptionalText
            select new Approval { At = at, Method = method })
        select new Signatory { Name = name, Title = title, Approval = approval };

    private static Gen<UpcomingMeeting> UpcomingMeeting =>
        from date in Date
        from start in OrNull(Time)
        from end in OrNull(Time)
        from note in OptionalText
        from topics in List(Text)
        select new UpcomingMeeting { Date = date, Start = start, End = end, Note = note, Topics = topics };

    private static Gen<TimeSlot> TimeSlot =>
        from kind in Gen.Enum<TimeSlotKind>()
        from item in OrNull(ItemNumber)
        from label in OptionalText
        from access in Gen.Enum<Access>()
        from start in OrNull(Time)
        from duration in OrNull(Duration)
        from guests in List(Person)
        from notes in List(Text)
        select new TimeSlot { Kind = kind, Item = item, Label = label, Access = access, Start = start, Duration = duration, Guests = guests, Notes = notes };

    private static Gen<TimePlan> TimePlan =>
        from slots in List(TimeSlot)
        from end in OrNull(Time)
        from endLabel in OptionalText
        select new TimePlan { Slots = slots, End = end, EndLabel = endLabel };

    private static Gen<Attachment> Attachment =>
        from number in Gen.Int[0, 50]
        from title in Text
        from access in Gen.Enum<Access>()
        from documentNumber in OrNull(DocumentNumber)
        from fileName in OptionalText
        from mediaType in OrNull(Gen.OneOf("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        select new Attachment { Number = number, Title = title, Access = access, DocumentNumber = documentNumber, FileName = fileName, MediaType = mediaType };

    private static Gen<VoteTally> Tally => Gen.OneOf(
        Gen.Const(VoteTally.None),
        from count in OrNull(Gen.Int[0, 31])
        from members in List(Text)
        from parties in List(Gen.OneOf("A", "V", "C", "Ø", "Æ"))
        select new VoteTally { Count = count, Members = members, Parties = parties });

    private static Gen<Vote> Vote =>
        from point in OrNull(Gen.Int[1, 5])
        from @for in Tally
        from against in Tally
        from abstaining in Tally
        from kind in Gen.Enum<VoteKind>()
        from motion in OptionalText
        from proposer in OptionalText
        from rollCall in Gen.Bool
        from reservation in Tally
        from result in OptionalText
        select new Vote { Point = point, For = @for, Against = against, Abstaining = abstaining, Kind = kind, Motion = motion, Proposer = proposer, RollCall = rollCall, Reservation = reservation, Result = result };

    private static Gen<PointDecision> PointDecision =>
        from point in Gen.Int[1, 5]
        from outcome in Gen.Enum<DecisionOutcome>()
        from text in List(Block)
        select new PointDecision { Point = point, Outcome = outcome, Text = text };

    private static Gen<Recommendation> Recommendation =>
        from recommender in OptionalText
        from text in List(Block)
        from points in List(Text)
        select new Recommendation { Recommender = recommender, Text = text, Points = points };

    private static Gen<Decision> Decision =>
        from body in OptionalText
        from date in OrNull(Date)
        from outcome in Gen.Enum<DecisionOutcome>()
        from outcomeText in OptionalText
        from text in List(Block)
        from votes in List(Vote)
        from remarks in List(from a in Text from t in Text select new ProtocolRemark { Author = a, Text = t })
        from points in List(PointDecision)
        from statements in List(
            from kind in Gen.Enum<StatementKind>()
            from authors in List(Text)
            from t in List(Block)
            from vote in OrNull(Gen.Int[0, 3])
            from placement in Gen.Enum<StatementPlacement>()
            select new Statement { Kind = kind, Authors = authors, Text = t, Vote = vote, Placement = placement })
        from conclusion in List(Block)
        select new Decision { Body = body, Date = date, Outcome = outcome, OutcomeText = outcomeText, Text = text, Votes = votes, Remarks = remarks, Points = points, Statements = statements, Conclusion = conclusion };

    private static Gen<ItemReference> ItemReference =>
        from body in OptionalText
        from date in OrNull(Date)
        from item in OrNull(ItemNumber)
        from caseNumber in OrNull(CaseNumber)
        from note in OptionalText
        select new ItemReference { Body = body, Date = date, Item = item, CaseNumber = caseNumber, Note = note };

    private static Gen<Section> Section =>
        from kind in Gen.Enum<SectionKind>()
        from heading in OptionalText
        from content in List(Block)
        select new Section { Kind = kind, Heading = heading, Content = content };

    /// <summary>A list of 0 to 3 elements (empty often, so omission is exercised).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="element">The element generator.</param>
    /// <returns>The list generator.</returns>
    public static Gen<ValueList<T>> List<T>(Gen<T> element) => element.Array[0, 3].Select(ValueList.From);

    /// <summary>The value or (one time in three) nothing.</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="gen">The value generator.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Int[0, 2].SelectMany(i => i == 0 ? Gen.Const((T?)null) : gen.Select(v => (T?)v));

    /// <summary>The value or (one time in three) nothing.</summary>
    /// <typeparam name="T">A value type.</typeparam>
    /// <param name="gen">The value generator.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> OrNull<T>(Gen<T> gen, T? unused = null)
        where T : struct =>
        Gen.Int[0, 2].SelectMany(i => i == 0 ? Gen.Const((T?)null) : gen.Select(v => (T?)v));

    private static Gen<Block> BlockAt(int depth)
    {
        var runs = List(Run);
        var listItems = List(runs.Select(r => new ListItem { Runs = r }));
        var simple = Gen.OneOf<Block>(
            runs.Select(r => (Block)new Paragraph { Runs = r }),
            listItems.Select(i => (Block)new BulletList { Items = i }),
            listItems.Select(i => (Block)new NumberedList { Items = i }),
            Gen.Const<Block>(new TimePlanBlock()),
            Gen.Const<Block>(new UpcomingMeetingsBlock()));
        if (depth == 0)
        {
            return simple;
        }

        var inner = BlockAt(depth - 1);
        var cell = List(inner).Select(c => new TableCell { Content = c });
        var row = List(cell).Select(c => new TableRow { Cells = c });
        var table =
            from header in Gen.Bool
            from rows in List(row)
            select (Block)new Table { HasHeaderRow = header, Rows = rows };
        return Gen.OneOf(simple, simple, table);
    }

    private static Gen<AgendaItem> ItemAt(int depth) =>
        from item in BaseItemAt(depth)
        from numbered in Gen.Int[0, 5]
        from publicTitle in OptionalText
        from publicDecision in List(Block)
        from added in Gen.Bool
        from addedReason in OptionalText
        from status in Gen.Enum<ItemStatus>()
        from statusReason in OptionalText
        from cameFrom in OrNull(ItemReference)
        from goesTo in OrNull(ItemReference)
        from upcoming in List(ItemReference)
        select item with
        {
            Number = numbered == 0 ? null : item.Number,
            PublicTitle = publicTitle,
            PublicDecision = publicDecision,
            AddedAtMeeting = added,
            AddedReason = addedReason,
            Status = status,
            StatusReason = statusReason,
            CameFrom = cameFrom,
            GoesTo = goesTo,
            UpcomingTreatment = upcoming,
        };

    private static Gen<AgendaItem> BaseItemAt(int depth)
    {
        var subItems = depth == 0 ? Gen.Const(ValueList<AgendaItem>.Empty) : List(ItemAt(depth - 1)).Select(l => l.Count > 2 ? ValueList<AgendaItem>.Empty : l);
        return
            from head in
                from number in ItemNumber
                from title in Text
                from access in Gen.Enum<Access>()
                from caseNumber in OrNull(CaseNumber)
                from caseRoute in OptionalText
                from authority in OptionalText
                from owner in OrNull(Person)
                from handler in OrNull(Person)
                select (number, title, access, caseNumber, caseRoute, authority, owner, handler)
            from middle in
                from purpose in Gen.Enum<ItemPurpose>()
                from presenter in OrNull(Person)
                from planned in OrNull(Duration)
                from supplementary in Gen.Bool
                from sections in List(Section)
                from recommendation in OrNull(Recommendation)
                from attachments in List(Attachment)
                from decision in OrNull(Decision)
                select (purpose, presenter, planned, supplementary, sections, recommendation, attachments, decision)
            from tail in
                from guests in List(Person)
                from absent in List(Text)
                from conflicts in List(from n in Text from r in OptionalText select new ConflictOfInterest { Name = n, Reason = r })
                from history in List(
                    from b in Text
                    from d in OrNull(Date)
                    from n in OrNull(ItemNumber)
                    from t in OptionalText
                    from c in OrNull(CaseNumber)
                    from o in Gen.Enum<DecisionOutcome>()
                    from p in List(PointDecision)
                    from v in List(Vote)
                    from a in List(Text)
                    select new EarlierDecision { Body = b, Date = d, ItemNumber = n, Text = t, CaseNumber = c, Outcome = o, Points = p, Votes = v, Absent = a })
                from followUps in List(from w in Text from who in OptionalText from due in OrNull(Date) select new FollowUpAction { What = w, Who = who, Due = due })
                from subs in subItems
                select (guests, absent, conflicts, history, followUps, subs)
            select new AgendaItem
            {
                Number = head.number,
                Title = head.title,
                Access = head.access,
                CaseNumber = head.caseNumber,
                CaseRoute = head.caseRoute,
                DecisionAuthority = head.authority,
                CaseOwner = head.owner,
                CaseHandler = head.handler,
                Purpose = middle.purpose,
                Presenter = middle.presenter,
                PlannedDuration = middle.planned,
                Supplementary = middle.supplementary,
                Sections = middle.sections,
                Recommendation = middle.recommendation,
                Attachments = middle.attachments,
                Decision = middle.decision,
                Guests = tail.guests,
                AbsentMembers = tail.absent,
                ConflictsOfInterest = tail.conflicts,
                History = tail.history,
                FollowUps = tail.followUps,
                SubItems = tail.subs,
            };
    }
}
