namespace Kommune.Protocols.Samples.Arguments;

/// <summary>An option a command knows: <c>--out FILE</c> takes a value, <c>--iso</c> does not.</summary>
/// <param name="Name">The option as typed, with its dashes (<c>--out</c>).</param>
/// <param name="Value">What the value is called in usage (<c>FILE</c>), or null for a flag that takes none.</param>
/// <param name="Allowed">The only values allowed (<c>public</c>, <c>internal</c>), or null for any.</param>
/// <param name="Required">Whether the command needs it.</param>
internal sealed record OptionSpec(string Name, string? Value = null, IReadOnlyList<string>? Allowed = null, bool Required = false)
{
    /// <summary>Whether the option takes a value.</summary>
    public bool TakesValue => Value is not null;

    /// <summary>The option as usage shows it: <c>--edition public|internal</c>, <c>[--iso]</c>.</summary>
    public string Usage
    {
        get
        {
            var text = Value is null ? Name : $"{Name} {(Allowed is null ? Value : string.Join('|', Allowed))}";
            return Required ? text : $"[{text}]";
        }
    }
}

/// <summary>
/// A command's arguments, declared: its name, its positional arguments and its options. The one
/// parser (<see cref="ArgumentParser"/>) reads every command from such a table, so a new command
/// or option is a new entry here, never a change to the parser.
/// </summary>
/// <param name="Name">The command word (<c>render</c>); empty for the default command.</param>
/// <param name="Positionals">The positional arguments as usage names them (<c>FILE.json</c>).</param>
/// <param name="OptionalPositionals">How many of the last positionals may be left out.</param>
/// <param name="Options">The options.</param>
/// <param name="Summary">What the command does, for usage.</param>
internal sealed record CommandSpec(string Name, IReadOnlyList<string> Positionals, IReadOnlyList<OptionSpec> Options, string Summary, int OptionalPositionals = 0)
{
    /// <summary>The command's usage line: <c>render FILE.json --edition public|internal [--lang en|da] --out FILE</c>.</summary>
    public string Usage =>
        string.Join(' ', new[] { Name }
            .Concat(Positionals.Select((p, i) => i >= Positionals.Count - OptionalPositionals ? $"[{p}]" : p))
            .Concat(Options.Select(o => o.Usage))
            .Where(part => part.Length > 0));
}
