namespace Kommune.Protocols.Samples.Arguments;

/// <summary>
/// Reads arguments against a <see cref="CommandSpec"/>. Refuses, with one line saying which and
/// why: unknown options, options given twice, an option without its value (a value may not
/// start with <c>--</c>, so <c>--out --edition</c> is an error, not a file named <c>--edition</c>),
/// values outside the allowed set, missing required options, and too few or too many
/// positional arguments. <c>--</c> ends the options, for a file whose name starts with a dash.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var option = spec.Options.FirstOrDefault(o => o.Name == arg)
                ?? throw new UsageException($"unknown option '{arg}'{Known(spec)}.");
            if (options.ContainsKey(option.Name))
            {
                throw new UsageException($"option '{option.Name}' is given twice.");
            }

            string? value = null;
            if (option.TakesValue)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"option '{option.Name}' needs a value: {option.Name} {Values(option)}.");
                }

                value = args[++i];
                if (option.Allowed is not null && !option.Allowed.Contains(value, StringComparer.Ordinal))
                {
                    throw new UsageException($"option '{option.Name}' must be {Values(option)}, not '{value}'.");
                }
            }

            options[option.Name] = value;
        }

        var missing = spec.Options.FirstOrDefault(o => o.Required && !options.ContainsKey(o.Name));
        if (missing is not null)
        {
            throw new UsageException($"option '{missing.Name} {Values(missing)}' is required.");
        }

        var least = spec.Positionals.Count - spec.OptionalPositionals;
        if (positionals.Count < least)
        {
            throw new UsageException($"{spec.Positionals[positionals.Count]} is missing.");
        }

        if (positionals.Count > spec.Positionals.Count)
        {
            throw new UsageException($"unexpected argument '{positionals[spec.Positionals.Count]}'.");
        }

        return new ParsedArguments(positionals, options);
    }

    private static string Values(OptionSpec option) => option.Allowed is null ? option.Value! : string.Join('|', option.Allowed);

    private static string Known(CommandSpec spec) =>
        spec.Options.Count == 0 ? string.Empty : $"; {(spec.Name.Length == 0 ? "the default command" : spec.Name)} knows {string.Join(", ", spec.Options.Select(o => o.Name))}";
}
