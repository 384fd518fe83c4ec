using System.Runtime.CompilerServices;
using ErpCode.Core.Components;

namespace ErpCode.Scripting.Tests.Components;

public sealed class UnloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_retired_snapshot_unloads_its_code_over_many_edits()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        var retired = new List<WeakReference>();

        for (var edit = 1; edit <= 60; edit++)
        {
            retired.Add(await EditAsync(site, edit));
            Assert.Equal((long)edit, RunCounter(site));
        }

        Assert.True(WaitForUnload(retired), "some retired load contexts stayed alive");
    }

    [Fact]
    public async Task Disposing_the_runtime_unloads_the_code_it_runs()
    {
        // Arrange
        await using var site = await ScriptingTestSite.CreateAsync();
        await EditAsync(site, 1);
        var running = CurrentCode(site);

        // Act
        site.Runtime.Dispose();

        // Assert
        Assert.Equal(-1, site.Runtime.Current.Revision);
        Assert.True(WaitForUnload([running]), "the runtime's last load context stayed alive");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CurrentCode(ScriptingTestSite site) => site.Runtime.Current.Unloaded;

    /// <summary>Saves a new version and swaps it in; returns a weak handle on the code it retired (kept out of the test's locals).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> EditAsync(ScriptingTestSite site, int edit)
    {
        await site.Components.SaveAsync("Counter", ComponentKind.Script, $"return {edit};", TestCallers.Ann, Ct);
        var before = site.Runtime.Current.Unloaded;
        await site.Runtime.RefreshAsync(Ct);
        return before;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? RunCounter(ScriptingTestSite site)
    {
        using var lease = site.Runtime.Lease();
        return Convert.ToInt64(site.Invoker.RunScript(lease, "Counter", null, site.Context(), TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool WaitForUnload(IReadOnlyList<WeakReference> handles)
    {
        for (var i = 0; i < 50 && handles.Any(h => h.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(20);
        }

        return handles.All(h => !h.IsAlive);
    }
}
