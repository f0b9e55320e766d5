using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// `--check` shows that the DOCX floor and peers write the same document as ours.
// `--short` runs a quick job (a few minutes on 2 cores) for routine use; without it,
// BenchmarkDotNet's default job gives the numbers for docs/benchmarks.md.
if (args.Contains("--check"))
{
    return Kommune.Protocols.Benchmarks.Docx.DocxCheck.Run();
}

var quick = args.Contains("--short");
var rest = args.Where(a => a != "--short").ToArray();
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
if (quick)
{
    config = config.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5));
}

BenchmarkSwitcher.FromAssembly(typeof(Kommune.Protocols.Benchmarks.Scenarios).Assembly).Run(rest, config);
return 0;
