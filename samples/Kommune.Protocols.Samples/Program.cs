using Kommune.Protocols.Json;
using Kommune.Protocols.Samples;

var meeting = SeedMeeting.Build();
var back = MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(meeting));
foreach (var p in typeof(Kommune.Protocols.Model.Meeting).GetProperties())
{
    var a = p.GetValue(meeting); var b = p.GetValue(back);
    if (!Equals(a, b)) Console.WriteLine($"{p.Name}: {a} vs {b}");
}
for (var i = 0; i < meeting.Items.Count; i++)
  foreach (var p in typeof(Kommune.Protocols.Model.AgendaItem).GetProperties())
    if (!Equals(p.GetValue(meeting.Items[i]), p.GetValue(back.Items[i]))) Console.WriteLine($"item {i} {p.Name}");
var s1 = meeting.Items[0].Sections[0].Content; var s2 = back.Items[0].Sections[0].Content;
for (var i = 0; i < s1.Count; i++) if (!Equals(s1[i], s2[i])) Console.WriteLine($"block {i} {s1[i].GetType().Name} {s2[i].GetType().Name}");
return 0;
