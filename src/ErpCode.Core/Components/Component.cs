using System.Collections.Immutable;

namespace ErpCode.Core.Components;

/// <summary>
/// A piece of business code stored in the site: its reference (a C# identifier such as <c>SaleOrder</c>), kind,
/// the source last saved with its state and diagnostics, and the last validated source with its version, which
/// is what runs. <see cref="Version"/> counts validated saves: <c>SaleOrder (Document, v4)</c>.
/// </summary>
public sealed record Component(
    string Reference,
    ComponentKind Kind,
    string Source,
    ComponentValidationState ValidationState,
    ImmutableArray<ComponentDiagnostic> Diagnostics,
    int Version,
    string? ValidatedSource,
    long StoreVersion)
{
    /// <summary>True when there is validated source and the component is not switched off.</summary>
    public bool Runs => ValidatedSource is not null && ValidationState != ComponentValidationState.Invalidated;

    /// <summary>How logs and stack traces name the running version, e.g. <c>SaleOrder (Document, v4)</c>.</summary>
    public string DisplayName => ComponentNames.Display(Reference, Kind, Version);
}
