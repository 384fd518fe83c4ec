using System.Diagnostics;
using System.Reflection;
using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Scripting.Testing;

/// <summary>
/// Runs the Test components of the running snapshot inside the site (<c>erpcode component test</c>): every public
/// method marked <c>[Test]</c> of each component's test class, as the caller, under the Test budget, each in a write
/// that is rolled back at the end so tests leave nothing behind. Needs ManageCode.
/// </summary>
public sealed class ComponentTestRunner(ComponentRuntime runtime, ComponentInvoker invoker, ScriptContextFactory contexts, DocumentService documents, SecurityPolicy policy)
{
    /// <summary>Runs the tests of <paramref name="reference"/>, or of every Test component when it is null.</summary>
    /// <exception cref="InvalidComponentException"><paramref name="reference"/> is not a running Test component.</exception>
    public async Task<IReadOnlyList<ComponentTestResult>> RunAsync(string? reference, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, SitePermissions.ManageCode, reference is null ? "the Test components" : $"Component {reference}", cancellationToken);
        using var lease = runtime.Lease();
        var components = lease.Snapshot.Components.Values
            .Where(c => c.Component.Kind == ComponentKind.Test && (reference is null || c.Component.Reference == reference))
            .OrderBy(c => c.Component.Reference, StringComparer.Ordinal)
            .ToList();
        if (reference is not null && components.Count == 0)
        {
            throw new InvalidComponentException(reference, "it is not a running Test component (it may not exist, not be a test, or not compile)");
        }

        var results = new List<ComponentTestResult>();
        foreach (var component in components)
        {
            var name = component.Component.Reference;
            if (component.TestClass is not { } testClass)
            {
                results.Add(new ComponentTestResult(name, "(class)", false, $"{name} defines no class {name} deriving from SiteTest", TimeSpan.Zero));
                continue;
            }

            var tests = testClass.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttribute<TestAttribute>() is not null && m.GetParameters().Length == 0)
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ToList();
            if (tests.Count == 0)
            {
                results.Add(new ComponentTestResult(name, "(class)", false, $"{name} has no public method marked [Test] without parameters", TimeSpan.Zero));
            }

            foreach (var test in tests)
            {
                results.Add(await RunOneAsync(lease, name, test, caller, cancellationToken));
            }
        }

        return results;
    }

    private async Task<ComponentTestResult> RunOneAsync(SnapshotLease lease, string component, MethodInfo test, Caller caller, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var context = contexts.Create(caller, component, null, cancellationToken);
            await documents.RunDiscardedAsync(() => invoker.RunTest(lease, component, test, context, cancellationToken), cancellationToken);
            return new ComponentTestResult(component, test.Name, true, null, watch.Elapsed);
        }
        catch (StoredCodeException ex)
        {
            var reason = ex.InnerException is TestFailedException failed ? failed.Message : ex.InnerException?.Message ?? ex.Message;
            return new ComponentTestResult(component, test.Name, false, $"{reason} ({ex.Component}{(ex.Line is { } line ? $" line {line}" : string.Empty)})", watch.Elapsed);
        }
    }
}
