using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Benchmarks;

/// <summary>The meetings every benchmark runs on: the seed and generated protocols.</summary>
public static class Scenarios
{
    /// <summary>Names used as benchmark parameters.</summary>
    public static IEnumerable<string> Names => ["seed", "50", "500", "2000"];

    /// <summary>The meeting for a scenario name.</summary>
    /// <param name="name">"seed" or an item count.</param>
    /// <returns>The meeting.</returns>
    public static Meeting Get(string name) =>
        name == "seed" ? SeedMeeting.Build() : MeetingGenerator.Generate(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture), seed: 42);
}
