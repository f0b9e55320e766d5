using Kommune.Protocols.Json;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Samples;

/// <summary>
/// The sample's command line. Its interface is a contract that checks drive:
/// no arguments (or an output folder) writes the seed meeting; <c>validate</c>,
/// <c>schedule</c> and <c>render</c> read a meeting JSON file.
/// </summary>
public static class Cli
{
    /// <summary>Exit code: success, or a file with no validation errors.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the meeting has validation errors, or the arguments are wrong.</summary>
    public const int Errors = 1;

    /// <summary>Exit code: the input file cannot be read.</summary>
    public const int Unreadable = 2;

    /// <summary>Runs a command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["validate", ..] => ValidateCommand.Run(args[1..], output, error),
            ["schedule", ..] => ScheduleCommand.Run(args[1..], output, error),
            ["render", ..] => RenderCommand.Run(args[1..], output, error),
            ["-h" or "--help" or "help"] => Usage(output, Ok),
            [] => WriteSeedCommand.Run("out", output),
            [var folder] when !folder.StartsWith('-') => WriteSeedCommand.Run(folder, output),
            _ => Usage(error, Errors),
        };
    }

    /// <summary>Reads a meeting file, or says why it cannot.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Where to say what went wrong.</param>
    /// <returns>The meeting, or null when the file cannot be read.</returns>
    internal static Meeting? ReadMeeting(string path, TextWriter error)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return MeetingJson.Deserialize(stream);
        }
        catch (Exception e) when (e is MeetingJsonException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return null;
        }
    }

    /// <summary>The value after an option, such as <c>--out FILE</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="name">The option.</param>
    /// <returns>The value, or null when the option is absent.</returns>
    internal static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The language asked for with <c>--lang en|da</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The language, or null when the value is not known.</returns>
    internal static Language? LanguageOption(string[] args) => Option(args, "--lang") switch
    {
        null or "da" => Language.Danish,
        "en" => Language.English,
        _ => null,
    };

    private static int Usage(TextWriter writer, int code)
    {
        writer.WriteLine("""
            Kommune.Protocols sample

              (no arguments) [FOLDER]      build the seed meeting and write its JSON and DOCX to ./out or FOLDER
              validate FILE.json [--lang en]
                                           print the validation report; exit 0 clean, 1 errors, 2 unreadable
              schedule FILE.json [--lang en] [--iso]
                                           print the time plan, one slot per line
              render FILE.json --edition public|internal [--lang en] --out FILE.docx
                                           write the meeting as DOCX
            """);
        return code;
    }
}
