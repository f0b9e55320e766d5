using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// `--check` shows that the DOCX floor and peers write the same document as ours, and that the
// JSON baseline's DTOs read our JSON and write the same bytes.
// `--server-gc` runs with the server garbage collector (what a batch host would use).
// `--short` runs a quick job (a few minutes on 2 cores) for routine use; without it,
// BenchmarkDotNet's default job gives the numbers for docs/benchmarks.md.
// `--peak [N ...]` measures the DOCX writer's peak memory against the model at 10k/100k/1M items.
if (args.Contains("--peak"))
{
    return Kommune.Protocols.Benchmarks.PeakMemory.Run(args);
}

if (args is ["--peak-one", var count])
{
    return Kommune.Protocols.Benchmarks.PeakMemory.RunOne(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Contains("--check"))
{
    var docx = Kommune.Protocols.Benchmarks.Docx.DocxCheck.Run();
    var json = Kommune.Protocols.Benchmarks.JsonCheck.Run();
    return docx | json;
}

var quick = args.Contains("--short");
var serverGc = args.Contains("--server-gc");
var rest = args.Where(a => a is not "--short" and not "--server-gc").ToArray();
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
if (quick)
{
    config = config.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithGcServer(serverGc));
}
else if (serverGc)
{
    config = config.AddJob(Job.Default.WithGcServer(true));
}

BenchmarkSwitcher.FromAssembly(typeof(Kommune.Protocols.Benchmarks.Scenarios).Assembly).Run(rest, config);
return 0;
