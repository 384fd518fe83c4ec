using System.Collections.Immutable;

namespace ErpCode.Core.Components;

/// <summary>
/// A piece of business code stored in the site: its reference (a C# identifier such as <c>SaleOrder</c>), kind,
/// the source last saved with its state and diagnostics, and the last validated source with its version, which
/// is what runs. <see cref="Version"/> counts validated saves: <c>SaleOrder (Document, v4)</c>.
/// Script and Document components may carry <see cref="ProxyRoles"/>, set by a Developer only.
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
    /// <summary>
    /// Roles the code runs with on top of the caller's (ERP5's proxy roles), for Script and Document components;
    /// empty by default. They belong to the component, so they apply to the version that runs as soon as they are set.
    /// </summary>
    public ImmutableArray<string> ProxyRoles { get; init; } = [];

    /// <summary>
    /// For a Script component: its declaration as an action of the site (who may run it, its parameters, what it
    /// returns); null when it is not one. Like the proxy roles, it applies to the running version as soon as it is set.
    /// </summary>
    public SiteAction? Action { get; init; }

    /// <summary>True when the component has proxy roles: only a Developer may then change its source.</summary>
    public bool IsProxied => !ProxyRoles.IsDefaultOrEmpty;

    /// <summary>True when there is validated source and the component is not switched off.</summary>
    public bool Runs => ValidatedSource is not null && ValidationState != ComponentValidationState.Invalidated;

    /// <summary>How logs and stack traces name the running version, e.g. <c>SaleOrder (Document, v4)</c>.</summary>
    public string DisplayName => ComponentNames.Display(Reference, Kind, Version);
}
