using Kommune.Protocols.Json;

namespace Kommune.Protocols.Tests.Import;

/// <summary>Imports on many threads at once give the same meetings and reports as one at a time.</summary>
public class ImportConcurrencyTests
{
    [Fact]
    public void Parallel_imports_agree_with_sequential_ones()
    {
        var expected = ImportFixtures.All.ToDictionary(f => f.File, f => Describe(f.File), StringComparer.Ordinal);
        var files = Enumerable.Range(0, 96).Select(i => ImportFixtures.All[i % ImportFixtures.All.Length].File).ToArray();

        var actual = new string[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(files[i]));

        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(expected[files[i]], actual[i]);
        }
    }

    private static string Describe(string file)
    {
        var result = ImportFixtures.Import(file);
        return MeetingJson.Serialize(result.Meeting) + "\n" + result.Report;
    }
}
