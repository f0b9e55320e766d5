using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Import;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Xunit.Abstractions;

namespace Kommune.Protocols.Tests.Import;

/// <summary>
/// Mutated fixtures (fixed seed, so a failure reproduces) either import to a meeting that writes
/// JSON which reads back equal and writes a DOCX, or are refused with
/// <see cref="ImportException"/>; no other exception escapes and nothing hangs. A normal run
/// tries <see cref="Cases"/> inputs; <c>KOMMUNE_LONG_RUN=1</c> tries <see cref="LongRunCases"/>.
/// </summary>
public class ImportFuzzTests(ITestOutputHelper output)
{
    public const int Cases = 20_000;

    public const int LongRunCases = 1_000_000;

    [Fact]
    public void Mutated_exports_import_or_are_refused_with_the_one_exception()
    {
        var longRun = Environment.GetEnvironmentVariable("KOMMUNE_LONG_RUN") == "1";
        var cases = longRun ? LongRunCases : Cases;
        var sources = ImportFixtures.All.Select(f => ImportFixtures.Bytes(f.File)).ToArray();
        var mutator = new XmlFuzzMutator(20260305);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var options = new ImportOptions { Municipality = "Fuzz Kommune" };
        var clock = Stopwatch.StartNew();
        int imported = 0, refused = 0, docx = 0;
        var slowest = TimeSpan.Zero;

        for (var i = 0; i < cases; i++)
        {
            var input = mutator.Mutate(sources[i % sources.Length]);
            var started = clock.Elapsed;
            ImportResult result;
            try
            {
                result = MeetingImporter.Import(new MemoryStream(input), null, options);
            }
            catch (ImportException error)
            {
                refused++;
                Assert.False(string.IsNullOrWhiteSpace(error.Reason), $"case {i}: refused without a reason");
                continue;
            }
            catch (Exception other)
            {
                throw Failure(i, input, "escaped the importer", other);
            }
            finally
            {
                var took = clock.Elapsed - started;
                slowest = took > slowest ? took : slowest;
                if (took > TimeSpan.FromSeconds(5))
                {
                    throw Failure(i, input, $"took {took.TotalSeconds:F1} s", null);
                }
            }

            imported++;
            byte[] json;
            try
            {
                json = MeetingJson.SerializeToUtf8Bytes(result.Meeting);
                Assert.Equal(result.Meeting, MeetingJson.Deserialize(json));
            }
            catch (Exception other)
            {
                throw Failure(i, input, "imported but does not write JSON that reads back equal", other);
            }

            // Equal meetings give equal DOCX (proved elsewhere): each distinct meeting is written once.
            if (written.Add(Convert.ToHexString(SHA256.HashData(json))))
            {
                try
                {
                    DocxWriter.WriteToBytes(result.Meeting, new DocxOptions { Edition = i % 2 == 0 ? MeetingEdition.Internal : MeetingEdition.Public });
                    docx++;
                }
                catch (Exception other)
                {
                    throw Failure(i, input, "imported but does not write a DOCX", other);
                }
            }
        }

        var summary = $"{cases:N0} mutated exports in {clock.Elapsed.TotalSeconds:F1} s (slowest {slowest.TotalMilliseconds:F0} ms): {refused:N0} refused, {imported:N0} imported, {docx:N0} distinct meetings written as DOCX";
        output.WriteLine(summary);
        Assert.True(refused > cases / 20, $"only {refused} refused: the mutations are too mild. {summary}");
        Assert.True(imported > cases / 4, $"only {imported} imported: the mutations are too coarse. {summary}");
        Assert.True(longRun || clock.Elapsed < TimeSpan.FromSeconds(240), $"fuzzing took {clock.Elapsed}. {summary}");
    }

    private static Xunit.Sdk.XunitException Failure(int i, byte[] input, string what, Exception? error)
    {
        var text = Encoding.UTF8.GetString(input);
        var shown = text.Length > 1500 ? text[..1500] + "..." : text;
        return new Xunit.Sdk.XunitException($"case {i}: the input {what}{(error is null ? string.Empty : $": {error}")}\ninput: {shown}");
    }
}
