namespace Kommune.Protocols.Validation;

/// <summary>
/// What a rule found: where, and the facts its message needs (as named arguments of the message
/// template, which the validator words in the language asked for). Argument values may be text,
/// numbers, item numbers, dates (<see cref="NodaTime.LocalDate"/>) or times (<see cref="NodaTime.LocalTime"/>);
/// dates and times are written the way the language writes them.
/// </summary>
public readonly struct Finding
{
    /// <summary>A finding worded by the template of the rule's code.</summary>
    /// <param name="path">Where in the model (<c>items[3].title</c>); empty for the meeting itself.</param>
    /// <param name="arguments">The template's arguments, such as <c>("number", item.Number)</c>.</param>
    public Finding(string path, params (string Name, object Value)[] arguments)
        : this(path, null, null, arguments)
    {
    }

    private Finding(string path, string? messageKey, string? message, (string Name, object Value)[] arguments)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        MessageKey = messageKey;
        Message = message;
        Arguments = arguments ?? throw new ArgumentNullException(nameof(arguments));
    }

    /// <summary>Where in the model; empty for the meeting itself.</summary>
    public string Path { get; }

    /// <summary>The template's key when it is not the rule's code (a rule with several messages: <c>KP302Date</c>).</summary>
    public string? MessageKey { get; }

    /// <summary>The message as given, for a rule whose messages are not in a language.</summary>
    public string? Message { get; }

    /// <summary>The template's arguments.</summary>
    public IReadOnlyList<(string Name, object Value)> Arguments { get; }

    /// <summary>A severity for this finding only, when it depends on the case.</summary>
    public Severity? Severity { get; init; }

    /// <summary>A finding worded by the template <paramref name="messageKey"/> (a rule with several messages).</summary>
    /// <param name="path">Where in the model.</param>
    /// <param name="messageKey">The template's key (<c>KP302Date</c>).</param>
    /// <param name="arguments">The template's arguments.</param>
    /// <returns>The finding.</returns>
    public static Finding Keyed(string path, string messageKey, params (string Name, object Value)[] arguments) =>
        new(path, messageKey ?? throw new ArgumentNullException(nameof(messageKey)), null, arguments);

    /// <summary>A finding with its message as text, in whatever language the rule writes (for your own rules).</summary>
    /// <param name="path">Where in the model.</param>
    /// <param name="message">The message.</param>
    /// <returns>The finding.</returns>
    public static Finding WithMessage(string path, string message) =>
        new(path, null, message ?? throw new ArgumentNullException(nameof(message)), []);
}
