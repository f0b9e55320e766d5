using Kommune.Protocols.Import;
using Kommune.Protocols.Json;
using Kommune.Protocols.Samples.Arguments;

namespace Kommune.Protocols.Samples;

/// <summary>
/// <c>import FILE.xml [--format NAME] [--municipality NAME] [--attachments FOLDER] --out FILE.json</c>:
/// reads an ESDH export, prints the import report (one entry per line), writes the meeting's JSON;
/// exit 0 clean, 1 imported with warnings, 2 unreadable input, wrong arguments or unwritable output.
/// </summary>
internal sealed class ImportCommand : ICommand
{
    /// <summary>The format names the command takes, each with its format.</summary>
    private static readonly Dictionary<string, ImportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["sbsys-publication"] = ImportFormat.SbsysPublication,
        ["sbsys-dagsorden"] = ImportFormat.SbsysDagsorden,
        ["edoc"] = ImportFormat.EdocAgenda,
        ["acadre"] = ImportFormat.AcadreMm,
    };

    public CommandSpec Spec { get; } = new(
        "import",
        ["FILE.xml"],
        [new("--format", "NAME", [.. Formats.Keys]), new("--municipality", "NAME"), new("--attachments", "FOLDER"), new("--out", "FILE", Required: true)],
        "import an ESDH export (SBSYS, eDoc, Acadre) as meeting JSON and print the import report; exit 0 clean, 1 with warnings, 2 unreadable");

    public int Run(ParsedArguments args, CliContext context)
    {
        var source = args.Positionals[0];
        var target = args.Value("--out")!;
        if (Directory.Exists(source))
        {
            context.Complain($"cannot read '{source}': it is a folder, not an export file.");
            return Cli.Unreadable;
        }

        var options = new ImportOptions { Municipality = args.Value("--municipality"), AttachmentFolder = args.Value("--attachments") };
        ImportResult result;
        try
        {
            result = MeetingImporter.ImportFile(source, args.Value("--format") is { } name ? Formats[name] : null, options);
        }
        catch (Exception e) when (e is ImportException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Complain($"{source}: {e.Message}");
            return Cli.Unreadable;
        }

        foreach (var issue in result.Report.Issues)
        {
            context.Say(issue.ToString());
        }

        byte[] json;
        try
        {
            json = MeetingJson.SerializeToUtf8Bytes(result.Meeting);
        }
        catch (MeetingLimitExceededException e)
        {
            context.Complain($"{source}: {e.Message}");
            return Cli.Unreadable;
        }

        context.WriteFile(target, json);
        var warnings = result.Report.Warnings.Count();
        context.Say($"imported {Formats.First(f => f.Value == result.Format).Key}: {result.Meeting.Items.Count} item(s), {warnings} warning(s), {result.Report.Issues.Count - warnings} note(s); wrote {target}");
        return warnings > 0 ? Cli.Errors : Cli.Ok;
    }
}
