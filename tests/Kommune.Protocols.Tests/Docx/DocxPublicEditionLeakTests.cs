using System.IO.Compression;
using System.Text;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using NodaTime;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>Closed content carries unique markers in every text field; the public edition's package must hold none of them.</summary>
public class DocxPublicEditionLeakTests
{
    private const string Marker = "ZQXLEAK";

    [Fact]
    public void Public_edition_leaks_no_closed_content_in_any_part()
    {
        var (meeting, markers) = MeetingWithMarkedClosedContent();
        var bytes = DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public });

        var text = AllEntriesText(bytes);
        var leaked = markers.Where(m => text.Contains(m, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, "Leaked: " + string.Join(", ", leaked));
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);

        // The public parts of closed items are still there.
        var projection = DocxTextProjection.Project(bytes);
        Assert.Contains("[Heading1] 2. Personalesag (lukket)", projection, StringComparison.Ordinal);
        Assert.Contains("[ItemMeta] 24/9999→**Lukket sag**", projection, StringComparison.Ordinal);
        Assert.Contains("2.→Lukket bilag", projection, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_edition_prints_the_closed_content_the_leak_test_looks_for()
    {
        var (meeting, markers) = MeetingWithMarkedClosedContent();
        var text = AllEntriesText(DocxWriter.WriteToBytes(meeting));
        var printed = markers.Count(m => text.Contains(m, StringComparison.Ordinal));

        // File names and media types are not printed in any edition; everything else is.
        Assert.True(printed >= markers.Count - 2, $"Only {printed} of {markers.Count} markers printed in the internal edition.");
    }

    [Fact]
    public void Generated_meetings_public_edition_has_no_closed_item_text()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var meeting = MeetingGenerator.Generate(30, seed);
            var text = AllEntriesText(DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = MeetingEdition.Public }));
            foreach (var item in meeting.Items)
            {
                if (item.Access != Access.Closed)
                {
                    continue;
                }

                foreach (var section in item.Sections)
                {
                    foreach (var block in section.Content)
                    {
                        if (block is global::Kommune.Protocols.Model.Paragraph p && p.PlainText().Length > 20)
                        {
                            Assert.DoesNotContain(p.PlainText(), text, StringComparison.Ordinal);
                        }
                    }
                }

                foreach (var block in item.Decision?.Text ?? ValueList<Block>.Empty)
                {
                    if (block is global::Kommune.Protocols.Model.Paragraph p && p.PlainText().Length > 20)
                    {
                        Assert.DoesNotContain(p.PlainText(), text, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    private static string AllEntriesText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var all = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            all.Append(entry.FullName).Append('\n');
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            all.Append(reader.ReadToEnd()).Append('\n');
        }

        return all.ToString();
    }

    private static (Meeting Meeting, List<string> Markers) MeetingWithMarkedClosedContent()
    {
        var markers = new List<string>();
        string M()
        {
            var marker = $"{Marker}{markers.Count:000}";
            markers.Add(marker);
            return marker;
        }

        Person P() => new() { Title = M(), Name = M() };
        ValueList<Block> Rich() =>
        [
            new global::Kommune.Protocols.Model.Paragraph { Runs = [TextRun.Plain(M()), new TextRun { Text = M(), Bold = true }, new TextRun { Text = M(), Italic = true }] },
            BulletList.Of(M(), M()),
            NumberedList.Of(M()),
            new global::Kommune.Protocols.Model.Table { HasHeaderRow = true, Rows = [new global::Kommune.Protocols.Model.TableRow { Cells = [TableCell.Of(M()), TableCell.Of(M())] }] },
        ];

        var date = new LocalDate(2025, 3, 5);
        var closed = new AgendaItem
        {
            Number = ItemNumber.Parse("2"),
            Title = M(),
            PublicTitle = "Personalesag (lukket)",
            Access = Access.Closed,
            CaseNumber = CaseNumber.Parse("24/9999"),
            CaseRoute = M(),
            DecisionAuthority = M(),
            CaseOwner = P(),
            CaseHandler = P(),
            Presenter = P(),
            Purpose = ItemPurpose.Decision,
            Sections =
            [
                new Section { Kind = SectionKind.Custom, Heading = M(), Content = Rich() },
                new Section { Kind = SectionKind.Background, Content = Rich() },
            ],
            Recommendation = new Recommendation { Recommender = M(), Text = Rich(), Points = [M(), M()] },
            Attachments = [new Attachment { Number = 1, Title = M(), Access = Access.Open, DocumentNumber = DocumentNumber.FromText(M()) }],
            Decision = new Decision
            {
                Body = M(),
                Outcome = DecisionOutcome.Other,
                OutcomeText = M(),
                Text = Rich(),
                Votes = [new Vote { Point = 1, For = new VoteTally { Count = 3, Members = [M()], Parties = [M()] }, Against = new VoteTally { Members = [M()] }, Abstaining = new VoteTally { Members = [M()] } }],
                Remarks = [new ProtocolRemark { Author = M(), Text = M() }],
            },
            Guests = [P()],
            AbsentMembers = [M()],
            ConflictsOfInterest = [new ConflictOfInterest { Name = M(), Reason = M() }],
            History = [new EarlierDecision { Body = M(), Date = date, Text = M() }],
            FollowUps = [new FollowUpAction { What = M(), Who = M(), Due = date }],
            SubItems = [new AgendaItem { Number = ItemNumber.Parse("2.a"), Title = M(), Sections = [new Section { Kind = SectionKind.Summary, Content = Rich() }] }],
        };

        var open = new AgendaItem
        {
            Number = ItemNumber.Parse("1"),
            Title = "Åben sag med et lukket bilag",
            Sections = [new Section { Kind = SectionKind.CaseDescription, Content = [global::Kommune.Protocols.Model.Paragraph.Of("Tidsplan:"), new TimePlanBlock()] }],
            Attachments =
            [
                new Attachment { Number = 1, Title = "Offentligt bilag", DocumentNumber = DocumentNumber.Parse("100/25") },
                new Attachment { Number = 2, Title = M(), Access = Access.Closed, DocumentNumber = DocumentNumber.FromText(M()), FileName = M(), MediaType = M() },
            ],
            Decision = new Decision { Text = [global::Kommune.Protocols.Model.Paragraph.Of("Godkendt.")] },
        };

        var meeting = new Meeting
        {
            Municipality = "Norddjurs Kommune",
            Body = new Body { Name = "Økonomiudvalget" },
            Date = date,
            Start = new LocalTime(9, 0),
            Stage = DocumentStage.Approved,
            Items = [open, closed],
            TimePlan = new TimePlan
            {
                Slots =
                [
                    new TimeSlot { Item = open.Number, Start = new LocalTime(9, 0), Duration = Duration.FromMinutes(15) },
                    new TimeSlot { Item = closed.Number, Label = M(), Guests = [P()], Notes = [M()], Duration = Duration.FromMinutes(20) },
                    new TimeSlot { Kind = TimeSlotKind.Other, Access = Access.Closed, Label = M(), Guests = [P()], Notes = [M()], Duration = Duration.FromMinutes(10) },
                ],
            },
            Signatories = [new Signatory { Title = "Formand", Name = "Erik Nielsen" }],
        };

        return (meeting, markers);
    }
}
