using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Samples.Arguments;

namespace Kommune.Protocols.Samples;

/// <summary>
/// The sample's command line. Its interface is a contract that checks drive:
/// no arguments (or an output folder) writes the seed meeting; <c>validate</c>,
/// <c>schedule</c> and <c>render</c> read a meeting JSON file. Wrong arguments, unreadable input
/// and unwritable output give exit code 2 and one line on standard error, never a stack trace.
/// </summary>
public static class Cli
{
    /// <summary>Exit code: success, or a file with no validation errors.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the meeting has validation errors (or a time-plan error, or text a DOCX cannot carry).</summary>
    public const int Errors = 1;

    /// <summary>Exit code: the input file cannot be read.</summary>
    public const int Unreadable = 2;

    /// <summary>Exit code: the arguments are wrong (the same code as <see cref="Unreadable"/>: the command could not start).</summary>
    public const int BadArguments = 2;

    /// <summary>Exit code: an output file cannot be written; nothing partial is left behind.</summary>
    public const int CannotWrite = 2;

    /// <summary>Exit code: an unexpected failure inside the sample (a bug); one line says what.</summary>
    public const int InternalError = 3;

    /// <summary>The commands, each with its declared arguments. A new command is a new entry here.</summary>
    private static readonly ICommand[] Commands = [new ValidateCommand(), new ScheduleCommand(), new RenderCommand(), new ImportCommand()];

    private static readonly WriteSeedCommand Default = new();

    /// <summary>Runs a command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return Run(args, new CliContext(output, error, OutputFile.Open));
    }

    /// <summary>Runs a command with a given way of opening output files (tests use it to simulate a full disk).</summary>
    internal static int Run(string[] args, CliContext context)
    {
        var command = args.Length > 0 ? Commands.FirstOrDefault(c => c.Spec.Name == args[0]) : null;
        var spec = command?.Spec ?? Default.Spec;
        var rest = command is null ? args : args[1..];
        try
        {
            if (args is ["-h" or "--help" or "help"])
            {
                foreach (var line in Usage())
                {
                    context.Say(line);
                }

                return Ok;
            }

            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                context.Say($"usage: {spec.Usage}");
                return Ok;
            }

            if (command is null && args.Length > 1 && !args[0].StartsWith('-') && !args[1].StartsWith('-'))
            {
                throw new UsageException($"unknown command '{args[0]}'; the commands are {string.Join(", ", Commands.Select(c => c.Spec.Name))}.");
            }

            var parsed = ArgumentParser.Parse(spec, rest);
            return command is null ? Default.Run(parsed, context) : command.Run(parsed, context);
        }
        catch (UsageException e)
        {
            context.Complain($"{(spec.Name.Length == 0 ? "error" : spec.Name)}: {e.Message} Usage: {spec.Usage} (--help for all commands)");
            return BadArguments;
        }
        catch (OutputException e)
        {
            context.Complain(e.Message);
            return CannotWrite;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Complain($"unexpected error (a bug in the sample): {e.GetType().Name}: {e.Message}");
            return InternalError;
        }
    }

    /// <summary>Reads a meeting file, or says in one line why it cannot.</summary>
    /// <param name="path">The file.</param>
    /// <param name="context">Where to say what went wrong.</param>
    /// <returns>The meeting, or null when the file cannot be read.</returns>
    internal static Meeting? ReadMeeting(string path, CliContext context)
    {
        if (Directory.Exists(path))
        {
            context.Complain($"cannot read '{path}': it is a folder, not a meeting file.");
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return MeetingJson.Deserialize(stream);
        }
        catch (Exception e) when (e is MeetingJsonException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Complain($"{path}: {e.Message}");
            return null;
        }
    }

    /// <summary>The language asked for with <c>--lang en|da</c>; Danish when not asked.</summary>
    internal static Language LanguageOf(ParsedArguments args) => args.Value("--lang") == "en" ? Language.English : Language.Danish;

    private static IEnumerable<string> Usage()
    {
        yield return "Kommune.Protocols sample";
        yield return string.Empty;
        foreach (var command in new ICommand[] { Default }.Concat(Commands))
        {
            yield return $"  {command.Spec.Usage}";
            yield return $"      {command.Spec.Summary}";
        }

        yield return string.Empty;
        yield return "Exit codes: 0 done (no validation errors), 1 validation errors, 2 unreadable input, wrong arguments or unwritable output, 3 a bug.";
    }
}
