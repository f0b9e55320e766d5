using System.Diagnostics;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Benchmarks.Docx;

/// <summary>
/// `--check`: before trusting the DOCX ratios, show that the floor and the peers write the same
/// document as ours (same XML size, same text projection) and give the sizes the allocation goal
/// is measured against. One untimed-by-BenchmarkDotNet pass; the times it prints are a rough guide only.
/// </summary>
internal static class DocxCheck
{
    public static int Run()
    {
        var failures = 0;
        Console.WriteLine("scenario edition   xml-bytes docx-bytes  floor-docx  typed-docx   npoi-docx  same-text(typed/npoi)");
        foreach (var scenario in Scenarios.Names)
        {
            var meeting = Scenarios.Get(scenario);
            foreach (var edition in new[] { MeetingEdition.Internal, MeetingEdition.Public })
            {
                var ours = DocxWriter.WriteToBytes(meeting, new DocxOptions { Edition = edition });
                var recording = XmlPartRecording.Record(ours);
                var content = DocumentContent.From(ours);
                var floor = Timed(s => FloorWriter.Write(recording, s), out _);
                var typed = Timed(s => TypedDomWriter.Write(content, s), out _);
                var npoi = Timed(s => NpoiWriter.Write(content, s), out _);
                var expected = Body(DocxTextProjection.Project(ours));
                var sameFloor = DocxTextProjection.Project(floor) == DocxTextProjection.Project(ours);
                var sameTyped = Body(DocxTextProjection.Project(typed)) == expected;
                var sameNpoi = Unstyled(Body(DocxTextProjection.Project(npoi))) == Unstyled(expected);
                failures += (sameFloor ? 0 : 1) + (sameTyped ? 0 : 1) + (sameNpoi ? 0 : 1);
                Console.WriteLine(
                    $"{scenario,-8} {edition,-8} {recording.XmlBytes,11} {ours.Length,10} {floor.Length,11} {typed.Length,11} {npoi.Length,11}  {sameTyped}/{sameNpoi} (floor {sameFloor})");
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static byte[] Timed(Action<Stream> write, out TimeSpan elapsed)
    {
        var stopwatch = Stopwatch.StartNew();
        using var stream = new MemoryStream();
        write(stream);
        elapsed = stopwatch.Elapsed;
        return stream.ToArray();
    }

    // The body only: the peers' section lines name their own header and footer part ids.
    private static string Body(string projection) =>
        string.Join('\n', projection.Split('\n').TakeWhile(line => !line.StartsWith("== section", StringComparison.Ordinal)));

    // NPOI writes no numbering part, so the projection cannot resolve list markers; compare both
    // sides with every list-marker-like prefix removed (in paragraphs and in table cells).
    private static string Unstyled(string projection) =>
        System.Text.RegularExpressions.Regex.Replace(projection, @"(?<=^\[[^\]]*\] |\| |¶ )(• |\w+\. )", "", System.Text.RegularExpressions.RegexOptions.Multiline).TrimEnd();
}
