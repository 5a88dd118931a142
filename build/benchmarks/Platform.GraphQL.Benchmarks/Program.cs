using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Platform.GraphQL.Benchmarks;

// A short job (3 warm-up and 3 measured iterations) so the whole run takes minutes on a small
// machine; in-process, because the default toolchain generates and builds a project of its own,
// which this repository's build settings (central package versions, warnings as errors) would
// also apply to. Command-line options (--filter, --artifacts, --job ...) still apply on top.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddExporter(JsonExporter.Full);

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args, config);
