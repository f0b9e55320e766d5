using Kommune.Protocols.Samples.Arguments;
using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Samples;

/// <summary><c>schedule FILE.json [--lang en] [--iso]</c>: the time plan, one slot per line, then its problems.</summary>
internal sealed class ScheduleCommand : ICommand
{
    public CommandSpec Spec { get; } = new("schedule", ["FILE.json"], [SharedOptions.Language, new("--iso")], "print the time plan, one slot per line");

    public int Run(ParsedArguments args, CliContext context)
    {
        var language = Cli.LanguageOf(args);
        var meeting = Cli.ReadMeeting(args.Positionals[0], context);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        if (meeting.TimePlan is null)
        {
            context.Complain(language == Language.English ? "The meeting has no time plan." : "Mødet har ingen tidsplan.");
            return Cli.Errors;
        }

        var schedule = MeetingScheduler.Schedule(meeting);
        foreach (var line in ScheduleFormatter.Lines(schedule, language, iso: args.Has("--iso")))
        {
            context.Say(line);
        }

        foreach (var problem in schedule.Problems)
        {
            context.Complain($"{problem.Code} {problem.Path}: {problem.Message(language)}");
        }

        return schedule.Problems.Any(p => p.Severity == Validation.Severity.Error) ? Cli.Errors : Cli.Ok;
    }
}
