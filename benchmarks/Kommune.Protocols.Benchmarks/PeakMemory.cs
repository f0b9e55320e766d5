using System.Diagnostics;
using System.Globalization;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using NodaTime;

namespace Kommune.Protocols.Benchmarks;

/// <summary>
/// Peak memory of writing a DOCX against the size of the model, at 10,000, 100,000 and 1,000,000
/// items (issue 13: writing may hold about one item's worth of blocks beyond the model). Each
/// size runs in a process of its own; the peak resident set is reset (Linux
/// <c>/proc/self/clear_refs</c>) after the model is built, so the figure is the write's own.
/// Not a BenchmarkDotNet job: BenchmarkDotNet measures allocations, not the peak a host sees.
/// </summary>
internal static class PeakMemory
{
    private const double MiB = 1024 * 1024;

    public static int Run(string[] args)
    {
        var sizes = args.SkipWhile(a => a != "--peak").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty().ToArray();
        sizes = sizes is [0] ? [10_000, 100_000, 1_000_000] : sizes;
        Console.WriteLine("| Items | Model (managed heap) | RSS before writing | Peak RSS while writing | Peak minus before | DOCX | Time |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (!Environment.ProcessPath!.EndsWith("Kommune.Protocols.Benchmarks", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(PeakMemory).Assembly.Location);
            }

            start.ArgumentList.Add("--peak-one");
            start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(start)!;
            Console.WriteLine(child.StandardOutput.ReadToEnd().TrimEnd());
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                return child.ExitCode;
            }
        }

        return 0;
    }

    public static int RunOne(int items)
    {
        var meeting = Build(items);
        var model = GC.GetTotalMemory(forceFullCollection: true);
        var before = Environment.WorkingSet;
        File.WriteAllText("/proc/self/clear_refs", "5");
        var clock = Stopwatch.StartNew();
        var sink = new CountingStream();
        DocxWriter.Write(meeting, sink, new DocxOptions { Paper = PaperKind.Protocol });
        clock.Stop();
        var peak = PeakResidentBytes();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {items:N0} | {model / MiB:N0} MiB | {before / MiB:N0} MiB | {peak / MiB:N0} MiB | {(peak - before) / MiB:N0} MiB | {sink.Length / MiB:N1} MiB | {clock.Elapsed.TotalSeconds:N1} s |"));
        GC.KeepAlive(meeting);
        return 0;
    }

    // Short items of the kind a council's year of protocols holds: a title, a case number, a
    // paragraph of background, a recommendation and a decision.
    private static Meeting Build(int count)
    {
        var items = new AgendaItem[count];
        for (var i = 0; i < count; i++)
        {
            var n = ((i % 999_999) + 1).ToString(CultureInfo.InvariantCulture); // item numbers have at most six digits
            items[i] = new AgendaItem
            {
                Number = ItemNumber.Parse(n),
                Title = "Punkt " + n,
                CaseNumber = CaseNumber.Parse("24/" + n),
                Sections = [new Section { Kind = SectionKind.Background, Content = [Paragraph.Of("Sagsfremstilling til punkt " + n + ".")] }],
                Decision = new Decision { Text = [Paragraph.Of("Godkendt.")] },
            };
        }

        return new Meeting
        {
            Municipality = "Norddjurs Kommune",
            Body = new Body { Name = "Kommunalbestyrelsen" },
            Date = new LocalDate(2025, 3, 5),
            Start = new LocalTime(9, 0),
            Stage = DocumentStage.Signed,
            Items = ValueList.From(items),
        };
    }

    private static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>A stream that keeps nothing: the DOCX is counted, not held, so the peak is the writer's.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
