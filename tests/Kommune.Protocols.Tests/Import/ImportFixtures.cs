using Kommune.Protocols.Import;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Import;

/// <summary>The fixtures (written from ../shared/guide/ESDH.md's tables, never copied from real exports) and how to import them.</summary>
internal static class ImportFixtures
{
    /// <summary>Every fixture file name with its format.</summary>
    public static readonly (string File, ImportFormat Format)[] All =
    [
        ("sbsys-publication-agenda.xml", ImportFormat.SbsysPublication),
        ("sbsys-publication-protocol.xml", ImportFormat.SbsysPublication),
        ("sbsys-publication-broken.xml", ImportFormat.SbsysPublication),
        ("sbsys-dagsorden-agenda.xml", ImportFormat.SbsysDagsorden),
        ("sbsys-dagsorden-protocol.xml", ImportFormat.SbsysDagsorden),
        ("sbsys-dagsorden-broken.xml", ImportFormat.SbsysDagsorden),
        ("edoc-agenda.xml", ImportFormat.EdocAgenda),
        ("edoc-protocol.xml", ImportFormat.EdocAgenda),
        ("edoc-broken.xml", ImportFormat.EdocAgenda),
        ("acadre-agenda.xml", ImportFormat.AcadreMm),
        ("acadre-protocol.xml", ImportFormat.AcadreMm),
        ("acadre-broken.xml", ImportFormat.AcadreMm),
    ];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var (file, _) in All)
        {
            data.Add(file);
        }

        return data;
    }

    public static string PathOf(string file) => Path.Combine(RepoPaths.TestProject(), "Import", "Fixtures", file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));

    /// <summary>The municipality each fixture belongs to (no export names it; the caller does).</summary>
    public static ImportOptions Options(string file) => new()
    {
        Municipality = file.Split('-')[0] switch
        {
            "sbsys" => "Syddjurs Kommune",
            "edoc" => "Aabenraa Kommune",
            _ => "Vejle Kommune",
        },
    };

    public static ImportResult Import(string file)
    {
        using var stream = new MemoryStream(Bytes(file), writable: false);
        return MeetingImporter.Import(stream, null, Options(file));
    }
}
