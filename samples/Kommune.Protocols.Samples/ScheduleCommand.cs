using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Samples;

/// <summary><c>schedule FILE.json [--lang en] [--iso]</c>: the time plan, one slot per line, then its problems.</summary>
internal static class ScheduleCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var language = Cli.LanguageOption(args);
        if (args.Length == 0 || args[0].StartsWith('-') || language is null)
        {
            error.WriteLine("usage: schedule FILE.json [--lang en|da] [--iso]");
            return Cli.Errors;
        }

        var meeting = Cli.ReadMeeting(args[0], error);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        if (meeting.TimePlan is null)
        {
            error.WriteLine(language == Language.English ? "The meeting has no time plan." : "Mødet har ingen tidsplan.");
            return Cli.Errors;
        }

        var schedule = MeetingScheduler.Schedule(meeting);
        foreach (var line in ScheduleFormatter.Lines(schedule, language.Value, iso: args.Contains("--iso")))
        {
            output.WriteLine(line);
        }

        foreach (var problem in schedule.Problems)
        {
            error.WriteLine($"{problem.Code} {problem.Path}: {problem.Message(language.Value)}");
        }

        return schedule.Problems.Any(p => p.Severity == Validation.Severity.Error) ? Cli.Errors : Cli.Ok;
    }
}
