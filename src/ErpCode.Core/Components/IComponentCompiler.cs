using System.Collections.Immutable;

namespace ErpCode.Core.Components;

/// <summary>
/// Checks a component's source without running it: compiler errors and sandbox violations, with the validated
/// modules of the site in scope. Implemented by the scripting layer.
/// </summary>
public interface IComponentCompiler
{
    /// <summary>
    /// Checks <paramref name="source"/> as <paramref name="version"/> of the component, the version it gets if it has no
    /// errors (it names the code in stack traces, so the compiler may keep what it built for the swap that follows).
    /// </summary>
    ImmutableArray<ComponentDiagnostic> Check(ComponentKind kind, string reference, int version, string source, IReadOnlyList<Component> modules);
}
