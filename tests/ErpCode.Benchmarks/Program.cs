// Benchmarks of the embedded SQLite document store against hand-written SQL on the same file, and of stored code
// (the scripting runtime) against the same code compiled into the host and against Jint.
//
// Run them in Release, from the repository root:
//
//     dotnet run -c Release --project tests/ErpCode.Benchmarks -- --filter '*'
//
// Other useful arguments: --filter '*Query*' (one group), --filter '*Scripting*' (stored code), --list flat (the
// names), --exporters markdown, --inProcess (when the default toolchain cannot build the generated project). Each
// fast benchmark runs in its own process, whose global setup loads 100,000 sale orders into a fresh file under the
// temp folder (a few seconds); results land in BenchmarkDotNet.Artifacts/ (ignored by git).
//
// Three modes are no BenchmarkDotNet run: `-- memory [edits]` edits one component 1,000 times (save + refresh) and
// reports the working set growth and whether the retired load contexts unloaded; `-- calls [rounds]` runs the
// variants of ScriptingCallBenchmarks interleaved in one process, a cross-check of their ratios on a noisy machine;
// `-- odata <mode> …` is the HTTP load generator of the OData figures (see ODataLoadRun: seed, query, post, metadata).
// `-- documents [perRound [rounds]]` creates sale orders of 20 lines through the document service with 1, 2 and 4
// writers and reports documents per second next to raw store inserts of the same body.
using BenchmarkDotNet.Running;
using ErpCode.Benchmarks.Scripting;

if (args.Length > 0 && args[0] == "documents")
{
    return await ErpCode.Benchmarks.Documents.DocumentCreateRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "memory")
{
    return await ScriptingMemoryRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "odata")
{
    return await ErpCode.Benchmarks.OData.ODataLoadRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "calls")
{
    return await ScriptingCallCheck.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
