// Benchmarks of the embedded SQLite document store against hand-written SQL on the same file.
//
// Run them in Release, from the repository root:
//
//     dotnet run -c Release --project tests/ErpCode.Benchmarks -- --filter '*'
//
// Other useful arguments: --filter '*Query*' (one group), --list flat (the names), --exporters markdown,
// --inProcess (when the default toolchain cannot build the generated project). Each fast benchmark runs in
// its own process, whose global setup loads 100,000 sale orders into a fresh file under the temp folder
// (a few seconds); results land in BenchmarkDotNet.Artifacts/ (ignored by git).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
