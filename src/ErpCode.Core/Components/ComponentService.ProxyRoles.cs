using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Components;

public sealed partial class ComponentService
{
    /// <summary>
    /// Sets the proxy roles of the Script or Document component <paramref name="reference"/> (empty clears them): the
    /// roles its code runs with on top of its caller's, from the next snapshot on (the change raises the site revision).
    /// Only a Developer may; others get <see cref="PermissionDeniedException"/> (audited). Throws
    /// <see cref="InvalidComponentException"/> for another kind or a role that is not a role name or is reserved
    /// (Developer, Owner), and <see cref="Storage.Errors.DocumentNotFoundException"/> when there is no such component.
    /// </summary>
    public async Task<Component> SetProxyRolesAsync(string reference, IEnumerable<string> roles, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(caller);
        if (!ProxyRoleRules.MayManage(caller))
        {
            throw await policy.DeniedAsync(caller, SitePermissions.ManageCode, Target(reference), "only a Developer may set or clear the proxy roles of a component", cancellationToken);
        }

        var proxyRoles = ProxyRoleRules.Normalize(roles);
        if (proxyRoles.Select(ProxyRoleRules.Check).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new InvalidComponentException(reference, problem);
        }

        var document = await GetDocumentAsync(reference, cancellationToken);
        var current = ComponentDocuments.FromDocument(document);
        if (!ProxyRoleRules.Allowed(current.Kind) && proxyRoles.Length > 0)
        {
            throw new InvalidComponentException(reference, $"it is a {current.Kind} component; only Script and Document components run for a caller and may have proxy roles");
        }

        var changed = current with { ProxyRoles = proxyRoles };
        var sequence = ComponentDocuments.HistoryCount(document) + 1;

        // What runs changes only when the component runs; its next validated save raises the revision otherwise.
        var stored = await WriteAsync(document, changed, Revision(changed, sequence, caller), raisesRevision: current.Runs, cancellationToken);
        await AuditAsync(caller, reference, proxyRoles.Length == 0
            ? $"Cleared the proxy roles of {reference} ({current.Kind})."
            : $"Set the proxy roles of {reference} ({current.Kind}) to {string.Join(", ", proxyRoles)}.");
        return changed with { StoreVersion = stored.Version };
    }
}
