using System.Collections.Immutable;
using ErpCode.Core.Components;

namespace ErpCode.Scripting.Compilation;

/// <summary>Validated source that nonetheless failed to build into a snapshot (for instance after a module it uses changed).</summary>
public sealed class ComponentCompilationException(string component, ImmutableArray<ComponentDiagnostic> diagnostics)
    : Exception($"{component} does not compile: {string.Join("; ", diagnostics.Where(d => d.Severity == "Error").Take(5))}")
{
    public string Component { get; } = component;

    public ImmutableArray<ComponentDiagnostic> Diagnostics { get; } = diagnostics;
}
