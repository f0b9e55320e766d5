using Kommune.Protocols.Samples.Arguments;

namespace Kommune.Protocols.Samples;

/// <summary>A command of the sample: its declared arguments and what it does with them.</summary>
internal interface ICommand
{
    /// <summary>The command's name, positional arguments and options.</summary>
    CommandSpec Spec { get; }

    /// <summary>Runs the command with arguments already checked against <see cref="Spec"/>.</summary>
    /// <returns>The exit code.</returns>
    int Run(ParsedArguments args, CliContext context);
}
