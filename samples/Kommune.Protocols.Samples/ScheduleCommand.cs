using Kommune.Protocols.Paper;
using Kommune.Protocols.Samples.Arguments;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Validation;

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

        // The plan's problems as validation words them (codes KP5xx), so both commands agree.
        var problems = MeetingValidator.Validate(meeting, new ValidationOptions { Language = language }).Issues.Where(i => i.Code.StartsWith("KP5", StringComparison.Ordinal)).ToList();
        foreach (var problem in problems)
        {
            context.Complain($"{problem.Code} {problem.Path}: {problem.Message}");
        }

        return problems.Any(p => p.Severity == Severity.Error) ? Cli.Errors : Cli.Ok;
    }
}
