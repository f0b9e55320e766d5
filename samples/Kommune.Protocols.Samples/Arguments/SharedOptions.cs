namespace Kommune.Protocols.Samples.Arguments;

/// <summary>Options more than one command takes, declared once.</summary>
internal static class SharedOptions
{
    /// <summary><c>--lang en|da</c>: the language of the report or document; Danish when not given.</summary>
    public static OptionSpec Language { get; } = new("--lang", "LANG", ["en", "da"]);
}
