using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using NodaTime;

namespace Kommune.Protocols.Testing;

/// <summary>
/// The seed meeting: Norddjurs Kommune, Direktionen, 5 March 2025, built in code from the
/// published protocol, for tests, samples and benchmarks. Words the PDF split across lines are
/// joined; everything else is as printed, including the spellings that differ between the time
/// plan and the items (validation reports those as warnings).
/// </summary>
/// <remarks>
/// Every call of <see cref="Build"/> returns an equal meeting; it never changes within a major
/// version of this package, so snapshots of it stay valid. Thread-safe.
/// </remarks>
public static class SeedMeeting
{
    private static readonly LocalDate MeetingDate = new(2025, 3, 5);

    /// <summary>
    /// Norddjurs Kommune's house style as the seed shows it: every item on a new page, labels above
    /// their values, the time plan without item numbers, decision dates in digits
    /// (<i>Beslutning i Direktionen den 05-03-2025</i>). The repository keeps it as a house-style
    /// settings file too (<c>norddjurs.json</c>).
    /// </summary>
    public static HouseStyle Style { get; } = new()
    {
        ItemPerPage = true,
        InlineLabels = false,
        TimePlanItemNumbers = false,
        Labels = new Dictionary<string, string> { [WordKeys.DateDecision] = "{dd}-{mm}-{yyyy}" },
    };

    /// <summary>Builds the seed meeting.</summary>
    /// <returns>The meeting.</returns>
    public static Meeting Build() => new()
    {
        Municipality = "Norddjurs Kommune",
        Body = new Body { Name = "Direktionen", ShortName = "DIR" },
        Date = MeetingDate,
        Start = new LocalTime(9, 0),
        End = new LocalTime(11, 45),
        Stage = DocumentStage.Approved,

        // The seed is the published protocol: the closed item's content was withheld at the
        // source, so this meeting is already the public edition.
        Edition = MeetingEdition.Public,
        Items = [Item1(), Item2(), Item3(), Item4(), Item5(), Item6()],
        TimePlan = Plan(),
        UpcomingMeetings = Upcoming(),

        // The published signature page shows the protocol as approved; the times of approval
        // are not printed, so none are recorded.
        Signatories =
        [
            new Signatory { Title = "Kommunaldirektør", Name = "Jonas Kroustrup", Approval = new Approval() },
            new Signatory { Title = "Fællesforvaltningsdirektør", Name = "Kim Bruun Nielsen", Approval = new Approval() },
            new Signatory { Title = "Velfærdsdirektør", Name = "Lene Mehlsen Thomsen", Approval = new Approval() },
        ],
    };

    private static Decision DecidedBy(params Block[] text) => new()
    {
        Body = "Direktionen",
        Date = MeetingDate,
        Text = ValueList.From(text),
    };

    private static Recommendation Recommends(string text) => new() { Text = [Paragraph.Of(text)] };

    private static AgendaItem Item1() => new()
    {
        Number = ItemNumber.Parse("1"),
        Title = "Beslutningsprotokoller og dagsordener (borgmester deltager)",
        CaseRoute = "DIR",
        Sections =
        [
            new Section
            {
                Kind = SectionKind.CaseDescription,
                Content =
                [
                    Paragraph.Bold("Rul marts : ØK d. 11/3 2025, KB d. 18/3 2025"),
                    Paragraph.Of("Følgende politiske udvalgsmøder er blevet afholdt. Direktionen udvælger sager af særlig relevans til drøftelse med borgmesteren:"),
                    BulletList.Of("Arbejdsmarkedsudvalgsmøde d. 27. februar", "Erhvervsudvalgsmøde d. 3. marts", "Kultur- og Fritidsudvalgsmøde d. 4. marts"),
                    Paragraph.Bold("Rul marts : ØK d. 11/3 2025, KB d. 18/3 2025"),
                    Paragraph.Of("Kommende politiske udvalgsmøder afholdes. Direktionen udvælger sager af særlig relevans til drøftelse med borgmesteren:"),
                    BulletList.Of("Økonomiudvalgsmøde d. 11. marts", "Gruppeformandsmøde d. 11. marts"),
                    Paragraph.Of("Kommende politiske møder:"),
                    BulletList.Of("Kommunalbestyrelsestemamøde d. 18. marts", "Kommunalbestyrelsesmøde d. 18. marts"),
                    Paragraph.Bold("Opsamling på forudgående møder, aktiviteter samt formål"),
                    Paragraph.Of("Direktionen udvælger foregående møder af særlig relevans til drøftelse med borgmesteren:"),
                    BulletList.Of("Hovedudvalgsmøde d. 27. februar", "Direktørforum Syddjurs og Norddjurs Kommuner d. 28. februar"),
                    Paragraph.Bold("Kommende møder, aktiviteter samt formål"),
                    Paragraph.Of("Direktionen udvælger kommende møder af særlig relevans til drøftelse med borgmesteren:"),
                    BulletList.Of("Lederworkshop om Kurs, Koordinering og Commitment i praksis d. 7. marts"),
                    Paragraph.Bold("Aktuelle politiske sager"),
                    BulletList.Of("Planlægning ift. Sundhedsreformen (15min)"),
                ],
            },
            new Section
            {
                Kind = SectionKind.FinancialConsequences,
                Content = [Paragraph.Of("De økonomiske konsekvenser beskrives i dagsordenspunkterne til møderne i de stående udvalg m.v.")],
            },
        ],
        Recommendation = Recommends("Det indstilles, at de nævnte beslutningsprotokoller og de nævnte dagsordener gennemgås."),
        Guests =
        [
            new Person { Title = "Sundheds- og omsorgschef", Name = "Anne-Marie Bentzen" },
            new Person { Title = "udviklingskonsulent", Name = "Kristine Sloth Hansen" },
        ],
        Decision = DecidedBy(Paragraph.Of(
            "Sundheds- og omsorgschef Anne-Marie Bentzen og udviklingskonsulent Kristine Sloth Hansen deltog under punktet omkring planlægning af Sundhedsreformen, hvor arbejdet med sundhedsreformen blev drøftet, herunder program for kommende møde i den politiske styregruppe. Det blev aftalt, at der også arbejdes med at udarbejde et materiale til styregruppen, der belyser sundhedsprofilen i Norddjurs.")),
    };

    // The seed prints no decision for the plan item; it is recorded as an item for information.
    private static AgendaItem Item2() => new()
    {
        Number = ItemNumber.Parse("2"),
        Title = "Sager til behandling og tidsplan",
        CaseRoute = "DIR",
        Purpose = ItemPurpose.Information,
        Sections =
        [
            new Section
            {
                Kind = SectionKind.CaseDescription,
                Content = [Paragraph.Of("Direktionen har følgende punkter til behandling:"), new TimePlanBlock()],
            },
        ],
        Recommendation = Recommends("Det indstilles, at punkterne behandles."),
    };

    private static AgendaItem Item3() => new()
    {
        Number = ItemNumber.Parse("3"),
        Title = "Ledelsesinformation i Norddjurs Kommune",
        CaseOwner = new Person { Title = "Økonomichef", Name = "Bettina Andersen" },
        CaseHandler = new Person { Name = "Nicklas Healy" },
        Sections =
        [
            new Section
            {
                Kind = SectionKind.Background,
                Content =
                [
                    Paragraph.Of("I forbindelse med budgetaftalen for 2025 er der blevet afsat ekstra midler til styrkelse af ledelsesinformation i Norddjurs Kommune. Dette sker som led i en strategisk satsning på at forbedre datadrevne beslutningsprocesser og sikre en mere systematisk tilgang til ledelsesinformation. De afsatte midler skal understøtte videreudviklingen af kommunens ledelsesinformationssystemer, hvor der i første omgang fokuseres på data på HR og på socialområdet."),
                ],
            },
            new Section
            {
                Kind = SectionKind.CaseDescription,
                Content =
                [
                    Paragraph.Of("Behovet for en mere strategisk tilgang til Business Intelligence (BI) er blevet identificeret gennem analyser og dialoger med nøgleinteressenter. Kommunen står over for udfordringer i forhold til datakvalitet, systemintegration og governance, hvilket har en negativ indvirkning på effektiviteten af datadrevne beslutninger. For at imødekomme disse udfordringer foreslås etableringen af et BI-udvalg, der skal sikre en struktureret governance-strategi og en koordineret indsats på tværs af forvaltninger. BI-udvalget skal ligeledes styrke den organisatoriske forankring af BI-arbejdet, hvilket indebærer en mere klar ressourceallokering samt en tydelig prioritering af BI-initiativerne."),
                    Paragraph.Of("Der lægges op til at BI-udvalget bliver forankret i direktionen og derudover består af Økonomichefen, Chef for Borgerservice, IT og Digitalisering. Udvalget vil have mandat til at træffe beslutninger om BI-strategi og prioritering af ressourcer."),
                    Paragraph.Of("Den nuværende finansiering af datakilder og ledelsesinformationssystemet har både fordele og udfordringer. Økonomien er sammensat af både centrale og decentrale midler, hvor IT finansierer tværgående datakilder, mens fagspecifikke data finansieres af de respektive forvaltninger. Økonomi er opmærksom på behovet for en strategisk afklaring af, hvordan dataadgang og integration bedst håndteres, så kvalitet og tilgængelighed sikres på tværs af kommunen."),
                    Paragraph.Of("På koncernledelsesmødet den 27. marts er der planlagt et oplæg om arbejdet med ledelsesinformation med følgende indhold:"),
                    BulletList.Of(
                        "Planerne for organisering af ledelsesinformation præsenteres",
                        "Input fra KCL til opbygning af en decentral organisering med decentrale dataanalysepartnere",
                        "Plan for udviklingen i 2025"),
                ],
            },
        ],
        Recommendation = new Recommendation
        {
            Text = [Paragraph.Of("Det indstilles, at direktionen:")],
            Points = ["Tager orienteringen til efterretning.", "Drøfter den foreslåede organisering og mandat for BI-udvalget."],
        },
        Attachments =
        [
            new Attachment { Number = 1, Title = "Baggrund for BI-Udvalg", DocumentNumber = DocumentNumber.Parse("29031/25") },
            new Attachment { Number = 2, Title = "Kommissorium for BI-udvalget i Norddjurs Kommune.docx", DocumentNumber = DocumentNumber.Parse("29032/25") },
            new Attachment { Number = 3, Title = "Projekter 2025 for BI-Teamet.docx", DocumentNumber = DocumentNumber.Parse("29033/25") },
        ],
        Decision = DecidedBy(Paragraph.Of(
            "Direktionen drøftede opgaven og kommunikationen omkring ledelsesinformation. Herunder fokus på, at ledelsesinformationen skal være med til at understøtte direktionens 9 strategiske indsatser og med et særligt fokus på at understøtte forklaringsgraden på økonomi og arbejdsmiljø.")),
    };

    private static AgendaItem Item4() => new()
    {
        Number = ItemNumber.Parse("4"),
        Title = "Foreløbigt regnskab 2024",
        PublicTitle = "Foreløbigt regnskab 2024",
        Access = Access.Closed,
        CaseNumber = CaseNumber.Parse("00.32.10.S00 24/5333"),
    };

    private static AgendaItem Item5() => new()
    {
        Number = ItemNumber.Parse("5"),
        Title = "Evaluering af Nytårskur for ledere 2025",
        CaseOwner = new Person { Title = "Velfærdsdirektør", Name = "Lene Mehlsen" },
        CaseHandler = new Person { Name = "Trine Kjær Poulsen" },
        Guests = [new Person { Title = "HR- og arbejdsmiljøkonsulent", Name = "Trine Kjær Poulsen" }],
        Sections =
        [
            new Section
            {
                Kind = SectionKind.Background,
                Content =
                [
                    Paragraph.Of("Den 21. januar 2025 blev der afholdt nytårskur for ca. 140 ledere. Indledningsvist gav Borgmester Kasper Bjerregaard en status på Norddjurs Kommunes udvikling og situationsbillede i forhold til året, der gik, og perspektiver fremad. Direktionen præsenterede udvalgte strategiske fokusområder, og gav en status på bl.a. arbejdet med fælles fagligt ledelsesgrundlag og aktuelle indsatser med at styrke kommunen som attraktiv arbejdsplads. Endelig satte oplægsholder Malene Friis Andersen spot på ledertrivsel."),
                ],
            },
            new Section
            {
                Kind = SectionKind.CaseDescription,
                Content =
                [
                    Paragraph.Of("I denne sag behandler direktionen evaluering af nytårskuren. Se vedhæftede bilag."),
                    Paragraph.Of("HR- og arbejdsmiljøkonsulent Trine Kjær Poulsen deltager på punktet."),
                ],
            },
        ],
        Recommendation = Recommends("Direktionen drøfter planlægningen og afviklingen af nytårskuren med henblik på at justere og komme med input til retningen for fremtidige arrangementer."),
        Attachments =
        [
            new Attachment { Number = 1, Title = "Evaluering af nytårskur for ledere 2025", DocumentNumber = DocumentNumber.Parse("29036/25") },
        ],
        Decision = DecidedBy(Paragraph.Of(
            "Direktionen drøftede evalueringen af nytårskuren, der overvejende er meget positiv. Der er også en række gode tilbagemeldinger, der indgår i planlægningen af kommende lederdag samt nytårskur næste år.")),
    };

    private static AgendaItem Item6() => new()
    {
        Number = ItemNumber.Parse("6"),
        Title = "Gennemgang af portefølje og tre næstkommende møder",
        CaseRoute = "DIR",
        Sections =
        [
            new Section
            {
                Kind = SectionKind.Untitled,
                Content = [new UpcomingMeetingsBlock(), Paragraph.Of("Årsplan med øvrige kommende punkter medbringes på mødet.")],
            },
            new Section
            {
                Kind = SectionKind.CaseDescription,
                Content =
                [
                    Paragraph.Of("Punkter til de kommende direktionsmøder og evt. punkter der afventer dato for behandling."),
                    Paragraph.Of("Drøftelse og fastlæggelse af Øvrige punkter til behandling under dagsordenens punkt 1 på det næste direktionsmøde."),
                ],
            },
        ],
        Decision = DecidedBy(Paragraph.Of("Direktionen gennemgik punkter på de kommende møder.")),
    };

    private static TimePlan Plan() => new()
    {
        Slots =
        [
            new TimeSlot
            {
                Item = ItemNumber.Parse("1"),
                Start = new LocalTime(9, 0),
                Label = "Beslutningsprotokoller og dagsordener",
                Notes =
                [
                    "Aktuel politisk sag: Planlægning af det politiske styregruppemøde for sundhedsreformen, som afholdes den 11. marts",
                    "Borgmester deltager ikke under behandlingen.",
                ],
                Guests =
                [
                    new Person { Title = "Sundheds- og Omsorgschef", Name = "Anne-Marie Bentzen" },
                    new Person { Title = "konsulent", Name = "Kristine Slot" },
                ],
            },
            new TimeSlot
            {
                Item = ItemNumber.Parse("3"),
                Start = new LocalTime(9, 15),
                Guests =
                [
                    new Person { Title = "Økonomichef", Name = "Bettina Andersen" },
                    new Person { Title = "projektleder", Name = "Nicklas Healy" },
                ],
            },
            new TimeSlot
            {
                Item = ItemNumber.Parse("4"),
                Start = new LocalTime(9, 45),
                Guests = [new Person { Title = "Økonomichef", Name = "Bettina Andersen" }],
            },
            new TimeSlot { Kind = TimeSlotKind.Break, Start = new LocalTime(10, 30), Label = "Pause" },
            new TimeSlot
            {
                Kind = TimeSlotKind.Other,
                Start = new LocalTime(10, 40),
                Label = "Lukket HR-punkt (Materiale sendes per mail)",
                Guests = [new Person { Title = "HR-afdelingsleder", Name = "Marianne Fisker" }],
            },
            new TimeSlot
            {
                Item = ItemNumber.Parse("5"),
                Start = new LocalTime(11, 10),
                Label = "Evaluering af Nytårskur for ledere",
                Guests = [new Person { Title = "HR- og Arbejdsmarkedskonsulent", Name = "Trine Kjær Poulsen" }],
            },
            new TimeSlot
            {
                Item = ItemNumber.Parse("6"),
                Start = new LocalTime(11, 30),
                Label = "Gennemgang af portefølje og kommende tre ugers møder",
                Guests = [new Person { Title = "Specialkonsulent", Name = "Vicki Nygaard" }],
            },
        ],
        End = new LocalTime(11, 45),
        EndLabel = "Mødet afsluttes",
    };

    private static ValueList<UpcomingMeeting> Upcoming() =>
    [
        new UpcomingMeeting
        {
            Date = new LocalDate(2025, 3, 12),
            Topics = ["Intern projektorganisering for sundhedsreformen", "Én indgang", "Evaluering af husråd 2024"],
        },
        new UpcomingMeeting
        {
            Date = new LocalDate(2025, 3, 19),
            Topics =
            [
                "Forberedelse af program KCL-møde den 24. april",
                "Koncernledelsesseminar – godkendelse af endeligt program",
                "Format og proces for KCL fremadrettet",
                "Regnskab 2024 – årsberetning",
                "Halmstads Kommun – afklaring vedr. intern deltagerkreds",
                "Regnskab - Budgetoverførsler fra 2024 – drift",
                "Regnskab - Budgetoverførsler fra 2024 – anlæg samt prioritering",
            ],
        },
        new UpcomingMeeting
        {
            Date = new LocalDate(2025, 3, 26),
            Start = new LocalTime(8, 0),
            End = new LocalTime(16, 0),
            Note = "(inklusiv 2 timers strategisk dialog om Grøn Trepart)",
            Topics =
            [
                "Ny partnerskabsmodel (skal på KCL den 22. Maj)",
                "Udmøntningsplan 2025 – Tværgående emner",
                "Intern kommunikation",
                "Ekstern undersøgelse fra Velfærd (1time - Lukket punkt)",
                "Forberedelse af program KCL den 24. april",
            ],
        },
    ];
}
