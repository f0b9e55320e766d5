using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Testing;

/// <summary>
/// Builds realistic, valid meetings of any size from a seed, for tests and benchmarks, with no
/// property-testing library needed: the same size and seed give the same meeting on every
/// machine, runtime and culture (<see cref="Random"/> with a seed is stable).
/// </summary>
/// <remarks>
/// <para>
/// A generated meeting is a protocol (<see cref="DocumentStage.Protocol"/>) of Norddjurs Kommune's
/// Økonomiudvalget with seven members, items with Danish text, lists and tables, case and
/// document numbers, attachments (some closed), closed items, votes, guests, earlier decisions, a
/// time plan with a break and upcoming meetings. It has no validation error
/// (<c>MeetingValidator.Validate(meeting).HasErrors</c> is false) and round-trips through JSON.
/// Meetings of more than 30 items have no end time (the plan runs past midnight).
/// </para>
/// <para>
/// The meeting for a given size and seed stays the same within a major version of this package,
/// so snapshots of generated meetings stay valid. Thread-safe: every call has its own
/// <see cref="Random"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Meeting large = MeetingGenerator.Generate(itemCount: 500, seed: 4);
/// </code>
/// </example>
public static class MeetingGenerator
{
    private static readonly string[] Words =
    [
        "kommunen", "udvalget", "budget", "anlæg", "drift", "skole", "ældrepleje", "borgere", "plan", "strategi",
        "økonomi", "børn", "unge", "trafik", "klima", "byggeri", "lokalplan", "høring", "tilsyn", "Grenaa",
        "Auning", "Ørsted", "forvaltningen", "beslutning", "indsats", "evaluering", "sundhed", "rammer", "tilskud", "æblehave",
    ];

    private static readonly string[] FirstNames = ["Anne", "Bo", "Camilla", "Dorthe", "Erik", "Frederik", "Grethe", "Hans", "Ida", "Jens", "Karin", "Lars", "Mette", "Niels", "Søren", "Åse"];

    private static readonly string[] LastNames = ["Andersen", "Bentzen", "Christensen", "Damgaard", "Espersen", "Fisker", "Hansen", "Jensen", "Kjær", "Møller", "Nielsen", "Poulsen", "Sørensen", "Østergaard"];

    private static readonly string[] Parties = ["A", "V", "C", "F", "O", "Ø", "B", "I"];

    /// <summary>Generates a protocol-stage meeting with <paramref name="itemCount"/> items.</summary>
    /// <param name="itemCount">How many items (zero or more).</param>
    /// <param name="seed">The random seed: each seed gives a different meeting of the same size.</param>
    /// <returns>The meeting; equal for equal arguments.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemCount"/> is negative.</exception>
    public static Meeting Generate(int itemCount, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        var random = new Random(seed);
        var date = new LocalDate(2025, 1, 6).PlusDays(random.Next(0, 700));
        var members = Members(random);
        var memberNames = members.Where(m => m.Attendance == AttendanceStatus.Present).Select(m => m.Name).ToArray();
        var firstNumber = random.Next(0, 3) == 0 ? random.Next(20, 300) : 1;
        var items = new AgendaItem[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            items[i] = Item(random, ItemNumber.Parse((firstNumber + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), date, memberNames);
        }

        return new Meeting
        {
            Municipality = "Norddjurs Kommune",
            Body = new Body { Name = "Økonomiudvalget", ShortName = "ØK" },
            Kind = random.Next(0, 10) == 0 ? MeetingKind.Extraordinary : MeetingKind.Ordinary,
            Date = date,
            Start = new LocalTime(9, 0),
            // A long protocol runs past midnight on the wall clock; such meetings get no end time.
            End = itemCount <= 30 ? new LocalTime(9, 0).PlusMinutes(15 * (itemCount + 2)) : null,
            Location = "Byrådssalen",
            Stage = DocumentStage.Protocol,
            Members = ValueList.From(members),
            Items = ValueList.From(items),
            TimePlan = Plan(items),
            UpcomingMeetings =
            [
                new UpcomingMeeting { Date = date.PlusDays(7), Topics = [Sentence(random, 4), Sentence(random, 5)] },
                new UpcomingMeeting { Date = date.PlusDays(14), Start = new LocalTime(8, 0), End = new LocalTime(16, 0), Note = "(temadag)", Topics = [Sentence(random, 3)] },
            ],
            Signatories = ValueList.From(members.Take(3).Select(m => new Signatory { Name = m.Name, Title = m.Role == MemberRole.Chair ? "Formand" : null })),
        };
    }

    private static string Name(Random random) => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    private static string Sentence(Random random, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        var text = string.Join(' ', parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Text(Random random, int sentences)
    {
        var parts = new string[sentences];
        for (var i = 0; i < sentences; i++)
        {
            parts[i] = Sentence(random, random.Next(6, 18));
        }

        return string.Join(' ', parts);
    }

    private static List<Member> Members(Random random)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<Member>();
        while (members.Count < 7)
        {
            var name = Name(random);
            if (!used.Add(name))
            {
                continue;
            }

            var absent = members.Count == 6 && random.Next(0, 2) == 0;
            members.Add(new Member
            {
                Name = name,
                Party = Parties[random.Next(Parties.Length)],
                Role = members.Count == 0 ? MemberRole.Chair : MemberRole.Member,
                Attendance = absent ? AttendanceStatus.AbsentWithNotice : AttendanceStatus.Present,
                AbsenceReason = absent ? "pga. ferie" : null,
            });
        }

        return members;
    }

    private static ValueList<Block> Content(Random random)
    {
        var blocks = new List<Block> { Paragraph.Of(Text(random, random.Next(2, 6))) };
        switch (random.Next(0, 6))
        {
            case 0:
                blocks.Add(BulletList.Of(Sentence(random, 5), Sentence(random, 7), Sentence(random, 4)));
                break;
            case 1:
                blocks.Add(NumberedList.Of(Sentence(random, 5), Sentence(random, 6)));
                break;
            case 2:
                blocks.Add(new Table
                {
                    HasHeaderRow = true,
                    Rows =
                    [
                        new TableRow { Cells = [TableCell.Of("År"), TableCell.Of("Beløb (kr.)")] },
                        new TableRow { Cells = [TableCell.Of("2025"), TableCell.Of(random.Next(1000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture))] },
                        new TableRow { Cells = [TableCell.Of("2026"), TableCell.Of(random.Next(1000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture))] },
                    ],
                });
                break;
            case 3:
                blocks.Add(new Paragraph { Runs = [new TextRun { Text = Sentence(random, 3), Bold = true }, TextRun.Plain(" " + Sentence(random, 8)), new TextRun { Text = " " + Sentence(random, 2), Italic = true }] });
                break;
        }

        return ValueList.From(blocks);
    }

    private static AgendaItem Item(Random random, ItemNumber number, LocalDate date, string[] memberNames)
    {
        var closed = random.Next(0, 8) == 0;
        var attachments = new Attachment[random.Next(0, 4)];
        for (var a = 0; a < attachments.Length; a++)
        {
            attachments[a] = new Attachment
            {
                Number = a + 1,
                Title = Sentence(random, 4).TrimEnd('.') + (a % 2 == 0 ? ".pdf" : string.Empty),
                Access = closed || random.Next(0, 10) == 0 ? Access.Closed : Access.Open,
                DocumentNumber = DocumentNumber.Parse($"{random.Next(1000, 99999)}/{date.Year % 100:00}"),
            };
        }

        var points = random.Next(1, 3);
        var votes = random.Next(0, 4) == 0
            ? ValueList.From(new[]
            {
                new Vote
                {
                    Point = points > 1 ? 1 : null,
                    For = new VoteTally { Count = memberNames.Length - 1, Parties = ["A", "V"] },
                    Against = new VoteTally { Members = [memberNames[^1]] },
                },
            })
            : ValueList<Vote>.Empty;

        return new AgendaItem
        {
            Number = number,
            Title = Sentence(random, random.Next(3, 9)).TrimEnd('.'),
            Access = closed ? Access.Closed : Access.Open,
            CaseNumber = CaseNumber.Parse($"{date.Year % 100:00}/{random.Next(100, 20000)}"),
            CaseRoute = "ØK, KB",
            CaseOwner = new Person { Title = "Afdelingschef", Name = Name(random) },
            CaseHandler = new Person { Name = Name(random) },
            Purpose = (ItemPurpose)random.Next(1, 4),
            PlannedDuration = Duration.FromMinutes(5 * random.Next(1, 5)),
            Sections =
            [
                new Section { Kind = SectionKind.Background, Content = Content(random) },
                new Section { Kind = SectionKind.CaseDescription, Content = Content(random) },
                new Section { Kind = SectionKind.FinancialConsequences, Content = [Paragraph.Of(Text(random, 1))] },
            ],
            Recommendation = new Recommendation
            {
                Recommender = "Direktionen indstiller",
                Text = [Paragraph.Of("Det indstilles, at")],
                Points = ValueList.From(Enumerable.Range(0, points).Select(_ => Sentence(random, 6))),
            },
            Attachments = ValueList.From(attachments),
            Decision = new Decision
            {
                Body = "Økonomiudvalget",
                Date = date,
                Outcome = (DecisionOutcome)random.Next(1, 6),
                Text = [Paragraph.Of(Text(random, random.Next(1, 3)))],
                Votes = votes,
            },
            Guests = random.Next(0, 3) == 0 ? [new Person { Title = "Konsulent", Name = Name(random) }] : ValueList<Person>.Empty,
            History = random.Next(0, 5) == 0
                ? [new EarlierDecision { Body = "Direktionen", Date = date.PlusDays(-14), ItemNumber = ItemNumber.Parse("3"), Text = "Indstilles godkendt." }]
                : ValueList<EarlierDecision>.Empty,
        };
    }

    private static TimePlan Plan(AgendaItem[] items)
    {
        var slots = new List<TimeSlot>(items.Length + 1);
        for (var i = 0; i < items.Length; i++)
        {
            slots.Add(new TimeSlot { Item = items[i].Number, Guests = items[i].Guests });
            if (i == items.Length / 2)
            {
                slots.Add(new TimeSlot { Kind = TimeSlotKind.Break, Label = "Pause", Duration = Duration.FromMinutes(10) });
            }
        }

        return new TimePlan { Slots = ValueList.From(slots) };
    }
}
