using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Components;

public sealed partial class ComponentService
{
    /// <summary>
    /// Stored code as a person reads it, through the portal or the API: only callers holding
    /// <see cref="SitePermissions.ManageCode"/> may (source can hold business secrets and shows how the site is
    /// protected); a refusal is audited. The overloads without a caller are for the runtime and the template machinery.
    /// </summary>
    public async Task<Component?> FindAsync(string reference, Caller caller, CancellationToken cancellationToken = default)
    {
        await policy.DemandAsync(caller, SitePermissions.ManageCode, Target(reference), cancellationToken);
        return await FindAsync(reference, cancellationToken);
    }

    /// <inheritdoc cref="FindAsync(string, Caller, CancellationToken)"/>
    public async Task<IReadOnlyList<Component>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await policy.DemandAsync(caller, SitePermissions.ManageCode, ComponentDocuments.Collection, cancellationToken);
        return await ListAsync(cancellationToken);
    }

    /// <inheritdoc cref="FindAsync(string, Caller, CancellationToken)"/>
    public async Task<ComponentPage> PageAsync(int take, string? continuationToken, Caller caller, CancellationToken cancellationToken = default)
    {
        await policy.DemandAsync(caller, SitePermissions.ManageCode, ComponentDocuments.Collection, cancellationToken);
        return await PageAsync(take, continuationToken, cancellationToken);
    }

    /// <inheritdoc cref="FindAsync(string, Caller, CancellationToken)"/>
    public async Task<IReadOnlyList<ComponentRevision>> HistoryAsync(string reference, Caller caller, CancellationToken cancellationToken = default)
    {
        await policy.DemandAsync(caller, SitePermissions.ManageCode, Target(reference), cancellationToken);
        return await HistoryAsync(reference, cancellationToken);
    }
}
