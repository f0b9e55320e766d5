using Kommune.Protocols.Json;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Import;

/// <summary>
/// Each fixture imports to an expected meeting (its JSON, snapshot), an expected report
/// (snapshot) and a validation whose issues are exactly the expected ones: the errors are
/// named here, because an error is only right where the source deserves it.
/// </summary>
public class ImportFixtureTests
{
    /// <summary>The validation errors each fixture deserves: its own faults, or what the model requires and the source lacks.</summary>
    private static readonly Dictionary<string, string[]> DeservedErrors = new(StringComparer.Ordinal)
    {
        // No committee name in the source: the body is empty (KP102).
        ["sbsys-publication-broken.xml"] = ["KP102"],

        // A closed item's empty title (KP201).
        ["sbsys-dagsorden-broken.xml"] = ["KP201"],
    };

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void Fixture_imports_to_the_expected_meeting(string file)
    {
        var result = ImportFixtures.Import(file);

        Snapshot.Match(MeetingJson.Serialize(result.Meeting), "json", name: Stem(file) + ".meeting");
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void Fixture_gives_the_expected_report(string file)
    {
        var result = ImportFixtures.Import(file);

        Snapshot.Match(result.Report + "\n", name: Stem(file) + ".report");
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void Fixture_validates_with_only_the_errors_its_source_deserves(string file)
    {
        var report = MeetingValidator.Validate(ImportFixtures.Import(file).Meeting);

        var expected = DeservedErrors.TryGetValue(file, out var codes) ? codes : [];
        Assert.Equal(expected, report.Errors.Select(e => e.Code).Distinct().ToArray());
        Snapshot.Match(report + "\n", name: Stem(file) + ".validation");
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.Files), MemberType = typeof(ImportFixtures))]
    public void Fixture_is_detected_as_its_format(string file)
    {
        using var stream = new MemoryStream(ImportFixtures.Bytes(file));

        Assert.Equal(ImportFixtures.All.Single(f => f.File == file).Format, Kommune.Protocols.Import.MeetingImporter.Detect(stream));
    }

    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file);
}
