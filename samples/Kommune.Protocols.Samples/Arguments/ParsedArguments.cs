namespace Kommune.Protocols.Samples.Arguments;

/// <summary>A command line read against a <see cref="CommandSpec"/>: every value here was declared and checked.</summary>
internal sealed class ParsedArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string?> options)
{
    /// <summary>The positional arguments, in order.</summary>
    public IReadOnlyList<string> Positionals { get; } = positionals;

    /// <summary>Whether an option was given.</summary>
    public bool Has(string option) => options.ContainsKey(option);

    /// <summary>An option's value, or null when it was not given.</summary>
    public string? Value(string option) => options.TryGetValue(option, out var value) ? value : null;
}
