using System.Reflection;
using ErpCode.Core.Components;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Runtime;
using ErpCode.Scripting.Snapshots;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Invocation;

/// <summary>
/// Runs stored code on a leased snapshot, inside the budget of its kind: business methods of Document
/// components and Script/Expression components. Any failure comes back as a <see cref="StoredCodeException"/>
/// naming the component and line; the host is never left in the middle of user code. Every entry runs the code with
/// the context's caller plus the component's proxy roles, so no caller gets them by choosing another entry.
/// </summary>
public sealed class ComponentInvoker(IOptions<ScriptBudgetOptions> budgets)
{
    // IOptions never changes after start (the section is validated then), so each kind's limits are built on its
    // first run and kept: building them parses the entry's strings, which cost more than the call overhead itself.
    private readonly ScriptLimits?[] _limits = new ScriptLimits?[Enum.GetValues<ComponentKind>().Length];

    /// <summary>Calls <paramref name="method"/> of the Document component <paramref name="reference"/> on a new instance bound to the document.</summary>
    public object? CallMethod(SnapshotLease lease, string reference, string method, IDocumentAccess document, ScriptContext context, object?[] arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(arguments);
        var component = Find(lease, reference);
        var type = component.DocumentType ?? throw new InvalidOperationException($"{component.Component.DisplayName} is not a document class.");
        var target = type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new MissingMethodException($"{component.Component.DisplayName} has no public method '{method}'.");
        return Run(lease, component.Component, () =>
        {
            var instance = (DocumentClass)Activator.CreateInstance(type, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions, null, null, null)!;
            instance.Bind(document, Elevated(context, component));
            return target.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        }, cancellationToken);
    }

    /// <summary>
    /// Calls the exposed business method <paramref name="method"/> with stored values as arguments, each converted to its
    /// parameter's CLR type (the document service has already checked them against the method's parameters).
    /// </summary>
    public object? CallExposed(SnapshotLease lease, string reference, string method, IDocumentAccess document, ScriptContext context, IReadOnlyList<DocValue> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(arguments);
        var component = Find(lease, reference);
        var type = component.DocumentType ?? throw new InvalidOperationException($"{component.Component.DisplayName} is not a document class.");
        var target = component.ExposedMethods.Any(m => m.Name == method)
            ? type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Single(m => m.Name == method && m.GetCustomAttribute<ExposedAttribute>() is not null)
            : null;
        if (target is null)
        {
            throw new MissingMethodException($"{component.Component.DisplayName} exposes no business method '{method}'.");
        }

        return CallMethod(lease, reference, method, document, context, BusinessClasses.ExposedMethods.Arguments(target, arguments), cancellationToken);
    }

    /// <summary>Runs the test method <paramref name="test"/> of the Test component <paramref name="reference"/> on a new instance, inside the Test budget.</summary>
    public void RunTest(SnapshotLease lease, string reference, MethodInfo test, ScriptContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(test);
        var component = Find(lease, reference);
        var type = component.TestClass ?? throw new InvalidOperationException($"{component.Component.DisplayName} has no test class.");
        Run(lease, component.Component, () =>
        {
            var instance = (SiteTest)Activator.CreateInstance(type, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions, null, null, null)!;
            instance.Bind(Elevated(context, component));
            return test.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, [], null);
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="hook"/> (a save hook) on a new instance of the Document component <paramref name="reference"/>
    /// bound to the document, inside the Document budget.
    /// </summary>
    internal void RunHook(SnapshotLease lease, string reference, IDocumentAccess document, ScriptContext context, bool isNew, Action<DocumentClass> hook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(hook);
        var component = Find(lease, reference);
        var type = component.DocumentType ?? throw new InvalidOperationException($"{component.Component.DisplayName} is not a document class.");
        Run(lease, component.Component, () =>
        {
            var instance = (DocumentClass)Activator.CreateInstance(type, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions, null, null, null)!;
            instance.Bind(document, Elevated(context, component), isNew);
            hook(instance);
            return null;
        }, cancellationToken);
    }

    /// <summary>Runs the Script or Expression component <paramref name="reference"/> and returns its value.</summary>
    public object? RunScript(SnapshotLease lease, string reference, IDocumentAccess? document, ScriptContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var component = Find(lease, reference);
        var script = component.Script ?? throw new InvalidOperationException($"{component.Component.DisplayName} is not a script or expression.");
        var globals = new ScriptGlobals(document, Elevated(context, component));
        return Run(lease, component.Component, () => script(globals), cancellationToken);
    }

    private object? Run(SnapshotLease lease, Component component, Func<object?> call, CancellationToken cancellationToken)
    {
        var limits = LimitsFor(component.Kind);
        try
        {
            using (Budget.Begin(limits, cancellationToken))
            {
                return call();
            }
        }
        catch (Exception ex) when (ex is not StoredCodeException)
        {
            var names = lease.Snapshot.Components.Values.Select(c => c.Component.DisplayName).ToHashSet(StringComparer.Ordinal);
            var frame = StoredCodeStackTrace.InnermostComponentFrame(ex, names.Contains);
            throw new StoredCodeException(frame?.Component ?? component.DisplayName, frame?.Line, ex);
        }
    }

    private ScriptLimits LimitsFor(ComponentKind kind)
    {
        var index = (int)kind;
        if ((uint)index >= (uint)_limits.Length)
        {
            return budgets.Value.LimitsFor(kind);
        }

        // Two first runs racing both build the same immutable limits; either may win. A bad entry throws and is never kept.
        return Volatile.Read(ref _limits[index]) ?? (_limits[index] = budgets.Value.LimitsFor(kind));
    }

    private static ScriptContext Elevated(ScriptContext context, RuntimeComponent component)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ScriptContextFactory.WithProxyRoles(context, component.ProxyRoles);
    }

    private static RuntimeComponent Find(SnapshotLease lease, string reference) =>
        lease.Snapshot.Components.TryGetValue(reference, out var component)
            ? component
            : throw new KeyNotFoundException($"No running component '{reference}' at revision {lease.Snapshot.Revision}.");
}
