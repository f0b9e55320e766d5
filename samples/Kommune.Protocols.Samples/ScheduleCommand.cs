using Kommune.Protocols.Paper;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Validation;

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
        foreach (var line in ScheduleFormatter.Lines(schedule, language, iso: args.Contains("--iso")))
        {
            output.WriteLine(line);
        }

        // The plan's problems as validation words them (codes KP5xx), so both commands agree.
        var problems = MeetingValidator.Validate(meeting, new ValidationOptions { Language = language }).Issues.Where(i => i.Code.StartsWith("KP5", StringComparison.Ordinal)).ToList();
        foreach (var problem in problems)
        {
            error.WriteLine($"{problem.Code} {problem.Path}: {problem.Message}");
        }

        return problems.Any(p => p.Severity == Severity.Error) ? Cli.Errors : Cli.Ok;
    }
}
