using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Samples;

/// <summary><c>validate FILE.json [--lang en]</c>: one issue per line; exit 0 clean, 1 errors, 2 unreadable.</summary>
internal static class ValidateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var language = Cli.LanguageOption(args);
        if (args.Length == 0 || args[0].StartsWith('-') || language is null)
        {
            error.WriteLine("usage: validate FILE.json [--lang en|da]");
            return Cli.Errors;
        }

        var meeting = Cli.ReadMeeting(args[0], error);
        if (meeting is null)
        {
            return Cli.Unreadable;
        }

        var report = MeetingValidator.Validate(meeting, new ValidationOptions { Language = language });
        foreach (var issue in report.Issues)
        {
            output.WriteLine(issue);
        }

        var errors = report.Errors.Count();
        output.WriteLine(language == Language.English
            ? $"{errors} error(s), {report.Issues.Count - errors} warning(s)"
            : $"{errors} fejl, {report.Issues.Count - errors} advarsler");
        return report.HasErrors ? Cli.Errors : Cli.Ok;
    }
}
