using System.Collections.Immutable;

namespace ErpCode.Core.Components;

/// <summary>
/// Checks a component's source without running it: compiler errors and sandbox violations, with the validated
/// modules of the site in scope. Implemented by the scripting layer.
/// </summary>
public interface IComponentCompiler
{
    ImmutableArray<ComponentDiagnostic> Check(ComponentKind kind, string reference, string source, IReadOnlyList<Component> modules);
}
