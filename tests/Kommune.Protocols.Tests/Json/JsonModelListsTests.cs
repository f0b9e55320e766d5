using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Tests.Json;

/// <summary>
/// Every list the model holds reads back from JSON. The lists added for real protocols (parts,
/// suspensions, joint bodies, item ranges, movements, references, point decisions, statements)
/// were written but refused on reading, which the first real protocols in the corpus showed.
/// </summary>
public class JsonModelListsTests
{
    [Fact]
    public void A_meeting_with_every_kind_of_list_round_trips()
    {
        var meeting = new Meeting
        {
            Municipality = "Ishøj Kommune",
            Body = new Body { Name = "Ishøj Byråd" },
            Kind = MeetingKind.Joint,
            JointBodies = [new Body { Name = "Økonomiudvalget" }],
            Date = new LocalDate(2023, 2, 7),
            Parts = [new MeetingPart { Access = Access.Closed, Start = new LocalTime(17, 0) }, new MeetingPart { Access = Access.Open, Start = new LocalTime(19, 0) }],
            Suspensions = [new Suspension { At = new LocalTime(20, 10), ResumedAt = new LocalTime(20, 25) }],
            Members =
            [
                new Member { Key = "m1", Name = "Mogens Brauer", Party = "C", AbsentItems = [new ItemRange { From = ItemNumber.Parse("171"), To = ItemNumber.Parse("180") }] },
                new Member { Key = "m2", Name = "Susanne Buch", Movements = [new AttendanceChange { Kind = MovementKind.Left, At = new LocalTime(15, 0), Item = ItemNumber.Parse("9") }] },
            ],
            Items =
            [
                new AgendaItem
                {
                    Number = ItemNumber.Parse("171"),
                    Title = "Lokalplan",
                    UpcomingTreatment = [new ItemReference { Body = "Kommunalbestyrelsen" }],
                    Decision = new Decision
                    {
                        Points = [new PointDecision { Point = 1, Outcome = DecisionOutcome.Approved }],
                        Votes = [new Vote { For = new VoteTally { Parties = ["A"] } }],
                        Statements = [new Statement { Kind = StatementKind.ExplanationOfVote, Authors = ["C"], Text = [Paragraph.Of("C stemmer imod.")], Vote = 0 }],
                    },
                },
            ],
        };

        var json = MeetingJson.Serialize(meeting);
        var back = MeetingJson.Deserialize(json);

        Assert.Equal(json, MeetingJson.Serialize(back));
        Assert.Equal(2, back.Parts.Count);
        Assert.Single(back.Suspensions);
        Assert.Single(back.JointBodies);
        Assert.Single(back.Members[0].AbsentItems);
        Assert.Single(back.Members[1].Movements);
        Assert.Single(back.Items[0].UpcomingTreatment);
        Assert.Single(back.Items[0].Decision!.Points);
        Assert.Single(back.Items[0].Decision!.Statements);
    }
}
