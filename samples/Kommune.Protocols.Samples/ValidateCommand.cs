using Kommune.Protocols.Samples.Arguments;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Samples;

/// <summary><c>validate FILE.json [--lang en]</c>: one issue per line; exit 0 clean, 1 errors, 2 unreadable.</summary>
internal sealed class ValidateCommand : ICommand
{
    public CommandSpec Spec { get; } = new("validate", ["FILE.json"], [SharedOptions.Language], "print the validation report, one issue per line; exit 0 clean, 1 errors, 2 unreadable");

    public int Run(ParsedArguments args, CliContext context)
    {
        var language = Cli.LanguageOf(args);
        var meeting = Cli.ReadMeeting(args.Positionals[0], context);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        var report = MeetingValidator.Validate(meeting, new ValidationOptions { Language = language });
        foreach (var issue in report.Issues)
        {
            context.Say(issue.ToString());
        }

        var errors = report.Errors.Count();
        context.Say(language == Language.English
            ? $"{errors} error(s), {report.Issues.Count - errors} warning(s)"
            : $"{errors} fejl, {report.Issues.Count - errors} advarsler");
        return report.HasErrors ? Cli.Errors : Cli.Ok;
    }
}
