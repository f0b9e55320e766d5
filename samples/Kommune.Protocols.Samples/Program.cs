using Kommune.Protocols.Samples;

var meeting = SeedMeeting.Build();
Console.WriteLine($"{meeting.Body.Name} {meeting.Date:yyyy-MM-dd}: {meeting.Items.Count} items");
return 0;
