using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using NodaTime;

namespace Kommune.Protocols.Tests.Model;

/// <summary>The sample's seed meeting holds every fact of the published protocol.</summary>
public class SeedMeetingTests
{
    private readonly Meeting seed = SeedMeeting.Build();

    [Fact]
    public void Meeting_facts()
    {
        Assert.Equal("Norddjurs Kommune", seed.Municipality);
        Assert.Equal("Direktionen", seed.Body.Name);
        Assert.Equal("DIR", seed.Body.ShortName);
        Assert.Equal(new LocalDate(2025, 3, 5), seed.Date);
        Assert.Equal(new LocalTime(9, 0), seed.Start);
        Assert.Equal(new LocalTime(11, 45), seed.End);
    }

    [Fact]
    public void Six_items_with_numbers_titles_and_access()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6"], seed.Items.Select(i => i.Number!.ToString()));
        Assert.Equal(
            [
                "Beslutningsprotokoller og dagsordener (borgmester deltager)",
                "Sager til behandling og tidsplan",
                "Ledelsesinformation i Norddjurs Kommune",
                "Foreløbigt regnskab 2024",
                "Evaluering af Nytårskur for ledere 2025",
                "Gennemgang af portefølje og tre næstkommende møder",
            ],
            seed.Items.Select(i => i.Title));
        Assert.Equal([Access.Open, Access.Open, Access.Open, Access.Closed, Access.Open, Access.Open], seed.Items.Select(i => i.Access));
    }

    [Fact]
    public void Item_4_is_closed_with_its_case_number()
    {
        var item = seed.Items[3];

        Assert.Equal(Access.Closed, item.Access);
        Assert.Equal("00.32.10.S00 24/5333", item.CaseNumber?.ToString());
        Assert.Equal("00.32.10", item.CaseNumber?.Kle?.ToString());
        Assert.Equal("S00", item.CaseNumber?.Facet);
    }

    [Fact]
    public void Case_routes_owners_and_handlers()
    {
        Assert.Equal(["DIR", "DIR", null, null, null, "DIR"], seed.Items.Select(i => i.CaseRoute));
        Assert.Equal("Økonomichef Bettina Andersen", seed.Items[2].CaseOwner?.ToString());
        Assert.Equal("Nicklas Healy", seed.Items[2].CaseHandler?.Name);
        Assert.Equal("Velfærdsdirektør Lene Mehlsen", seed.Items[4].CaseOwner?.ToString());
        Assert.Equal("Trine Kjær Poulsen", seed.Items[4].CaseHandler?.Name);
    }

    [Fact]
    public void Sections_in_order_with_rich_text()
    {
        Assert.Equal([SectionKind.CaseDescription, SectionKind.FinancialConsequences], seed.Items[0].Sections.Select(s => s.Kind));
        Assert.Equal([SectionKind.Background, SectionKind.CaseDescription], seed.Items[2].Sections.Select(s => s.Kind));
        Assert.Equal([SectionKind.Untitled, SectionKind.CaseDescription], seed.Items[5].Sections.Select(s => s.Kind));

        var item1 = seed.Items[0].Sections[0].Content;
        Assert.Equal(6, item1.OfType<BulletList>().Count());
        Assert.Equal(5, item1.OfType<Paragraph>().Count(p => p.Runs.All(r => r.Bold)));
        Assert.Contains(seed.Items[1].Sections[0].Content, b => b is TimePlanBlock);
        Assert.Contains(seed.Items[5].Sections[0].Content, b => b is UpcomingMeetingsBlock);
    }

    [Fact]
    public void Recommendation_with_at_points()
    {
        var recommendation = seed.Items[2].Recommendation!;

        Assert.Equal("Det indstilles, at direktionen:", ((Paragraph)recommendation.Text[0]).PlainText());
        Assert.Equal(["Tager orienteringen til efterretning.", "Drøfter den foreslåede organisering og mandat for BI-udvalget."], recommendation.Points);
    }

    [Fact]
    public void Four_attachments_with_document_numbers()
    {
        var attachments = seed.Items.SelectMany(i => i.Attachments.Select(a => (Item: i.Number!.ToString(), a.Number, a.Title, Doc: a.DocumentNumber?.ToString(), a.Access))).ToList();

        Assert.Equal(
            [
                ("3", 1, "Baggrund for BI-Udvalg", "29031/25", Access.Open),
                ("3", 2, "Kommissorium for BI-udvalget i Norddjurs Kommune.docx", "29032/25", Access.Open),
                ("3", 3, "Projekter 2025 for BI-Teamet.docx", "29033/25", Access.Open),
                ("5", 1, "Evaluering af nytårskur for ledere 2025", "29036/25", Access.Open),
            ],
            attachments);
    }

    [Fact]
    public void Decisions_by_Direktionen_on_5_March()
    {
        var decided = seed.Items.Where(i => i.Decision is not null).ToList();

        Assert.Equal(["1", "3", "5", "6"], decided.Select(i => i.Number!.ToString()));
        Assert.All(decided, i => Assert.Equal("Direktionen", i.Decision!.Body));
        Assert.All(decided, i => Assert.Equal(new LocalDate(2025, 3, 5), i.Decision!.Date));
        Assert.Equal("Direktionen gennemgik punkter på de kommende møder.", ((Paragraph)seed.Items[5].Decision!.Text[0]).PlainText());
    }

    [Fact]
    public void Guests_for_one_item_only()
    {
        Assert.Equal(["Anne-Marie Bentzen", "Kristine Sloth Hansen"], seed.Items[0].Guests.Select(g => g.Name));
        Assert.Equal(["Trine Kjær Poulsen"], seed.Items[4].Guests.Select(g => g.Name));
    }

    [Fact]
    public void Eight_entry_time_plan_from_9_to_11_45()
    {
        var plan = seed.TimePlan!;
        var starts = plan.Slots.Select(s => s.Start!.Value).Append(plan.End!.Value).Select(t => $"{t.Hour}.{t.Minute:00}");

        Assert.Equal(["9.00", "9.15", "9.45", "10.30", "10.40", "11.10", "11.30", "11.45"], starts);
        Assert.Equal(TimeSlotKind.Break, plan.Slots[3].Kind);
        Assert.Equal(TimeSlotKind.Other, plan.Slots[4].Kind);
        Assert.Equal("Lukket HR-punkt (Materiale sendes per mail)", plan.Slots[4].Label);
        Assert.Equal(["1", "3", "4", "5", "6"], plan.Slots.Where(s => s.Item is not null).Select(s => s.Item!.ToString()));
        Assert.Equal("Mødet afsluttes", plan.EndLabel);
        Assert.Equal(["Marianne Fisker"], plan.Slots[4].Guests.Select(g => g.Name));
        Assert.Equal("Borgmester deltager ikke under behandlingen.", plan.Slots[0].Notes[1]);
    }

    [Fact]
    public void Coming_meetings_table()
    {
        Assert.Equal([new LocalDate(2025, 3, 12), new LocalDate(2025, 3, 19), new LocalDate(2025, 3, 26)], seed.UpcomingMeetings.Select(m => m.Date));
        Assert.Equal([3, 7, 5], seed.UpcomingMeetings.Select(m => m.Topics.Count));
        Assert.Equal(new LocalTime(8, 0), seed.UpcomingMeetings[2].Start);
        Assert.Equal(new LocalTime(16, 0), seed.UpcomingMeetings[2].End);
        Assert.Equal("(inklusiv 2 timers strategisk dialog om Grøn Trepart)", seed.UpcomingMeetings[2].Note);
    }

    [Fact]
    public void Three_signatories_with_titles()
    {
        Assert.Equal(
            [("Kommunaldirektør", "Jonas Kroustrup"), ("Fællesforvaltningsdirektør", "Kim Bruun Nielsen"), ("Velfærdsdirektør", "Lene Mehlsen Thomsen")],
            seed.Signatories.Select(s => (s.Title, s.Name)));
    }

    [Fact]
    public void Every_word_of_the_seed_text_appears_in_the_model()
    {
        // A net over every fact: each long word of the published text (a copy of
        // shared/seed, hyphenation at line
        // ends joined) must be somewhere in the model's text.
        var source = File.ReadAllText(Path.Combine(Support.RepoPaths.TestProject(), "Seed", "direktionen-norddjurs-2025-03-05.txt"));
        var joined = System.Text.RegularExpressions.Regex.Replace(source, @"(\p{L})-\s*\n\s*(\p{Ll})", "$1$2");
        var words = System.Text.RegularExpressions.Regex.Matches(joined, @"\p{L}{6,}").Select(m => m.Value).Distinct().ToList();
        var modelText = ModelText.Collect(seed);
        var labels = new[] { "Sagsgang", "Sagsfremstilling", "Sagsansvarlig", "sagsbehandler", "Baggrund", "Indstilling", "Beslutning", "Direktionen", "Bilagsoversigt", "Underskriftsside", "Økonomiske", "konsekvenser", "Punkter", "afsluttes" };

        var missing = words.Where(w => !modelText.Contains(w, StringComparison.Ordinal) && !labels.Contains(w)).ToList();

        Assert.Empty(missing);
    }
}
