using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ErpCode.Core.Components;
using ErpCode.Scripting.Compilation;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>Sources of small components: the one edited over and over, and the fillers of a 200-component site.</summary>
internal static class SmallComponents
{
    public const string EditedReference = "Invoice";

    /// <summary>
    /// Edits compiled before measuring. Roslyn ships as IL, so its hot paths run tier-0 code until tiered compilation
    /// promotes them; a handful of compiles is not enough for that (the first runs of these benchmarks, with 5, measured
    /// a save of one component at 18 ms next to 6 ms on the site that had compiled 199 fillers first).
    /// </summary>
    public const int WarmUpEdits = 60;

    /// <summary>Gives the background tier-1 JIT a moment to finish what the warm-up queued.</summary>
    public static void LetTieringSettle() => Thread.Sleep(TimeSpan.FromSeconds(1));

    /// <summary>A small Document component; <paramref name="edit"/> changes its code, so no two edits hit the compile cache.</summary>
    public static string Invoice(int edit) => string.Create(CultureInfo.InvariantCulture, $$"""
        public class Invoice : DocumentClass
        {
            // edit {{edit}}
            public decimal Total()
            {
                var total = 0m;
                foreach (var line in Document.GetList("Lines"))
                {
                    total += line.GetDecimal("Amount");
                }

                return Math.Round(total * {{1 + (edit % 1000) / 1000m}}m, 2, MidpointRounding.AwayFromZero);
            }

            public bool IsLarge() => Total() > {{edit}}m;
        }
        """);

    /// <summary>
    /// Whether Script components validate in this build. When they do not (the compiler reports an error for
    /// <c>return 1;</c>), the sites of these benchmarks hold Document components only, and the setup says so.
    /// </summary>
    public static bool ScriptsValidate(ComponentCompiler compiler, out string problem)
    {
        var errors = compiler.Check(ComponentKind.Script, "Probe", 1, "return 1;", []).Where(d => d.Severity == "Error").ToList();
        problem = string.Join("; ", errors.Select(d => $"{d.Code} {d.Message}"));
        return errors.Count == 0;
    }

    /// <summary>
    /// Filler number <paramref name="index"/> of a site: Document components and Script components alternately, or
    /// Document components only when <paramref name="withScripts"/> is false.
    /// </summary>
    public static (string Reference, ComponentKind Kind, string Source) Filler(int index, bool withScripts) => index % 2 == 0 || !withScripts
        ? ($"Doc{index}", ComponentKind.Document, string.Create(CultureInfo.InvariantCulture, $$"""
            public class Doc{{index}} : DocumentClass
            {
                public decimal Net() => Document.GetList("Lines").Sum(l => l.GetDecimal("Quantity") * l.GetDecimal("Price"));

                public string Label()
                {
                    var name = Document.GetString("Name") ?? "";
                    return name.Length > {{index % 20 + 5}} ? name.Substring(0, {{index % 20 + 5}}) : name;
                }

                public bool Confirmable() => Net() > {{index}}m && Document.Has("Customer");
            }
            """))
        : ($"Script{index}", ComponentKind.Script, string.Create(CultureInfo.InvariantCulture, $$"""
            var count = 0;
            for (var i = 0; i < {{index}}; i++)
            {
                count += i % 3;
            }

            Log.Info($"script {{index}}: {count}");
            return count + {{index}};
            """));
}

/// <summary>
/// One invocation per iteration (each needs its own setup), one process: for compile and swap benchmarks. Two jobs:
/// <c>AfterFullGC</c> is BenchmarkDotNet's default, a forced full collection before every iteration, which also
/// collects Roslyn's weakly cached symbols of the reference assemblies (as any gen 2 collection of a server would);
/// <c>NoForcedGC</c> leaves the GC alone, so a compile usually finds those symbols still alive.
/// </summary>
internal sealed class OneShotConfig : ManualConfig
{
    public OneShotConfig()
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(30)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);
        AddJob(job.WithId("AfterFullGC"));
        AddJob(job.WithGcForce(false).WithId("NoForcedGC"));
    }
}

/// <summary>Like <see cref="OneShotConfig"/>, with few iterations, for the seconds-long start-up build.</summary>
internal sealed class SlowOneShotConfig : ManualConfig
{
    public SlowOneShotConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(7)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
