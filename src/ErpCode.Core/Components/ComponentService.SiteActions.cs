using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Components;

public sealed partial class ComponentService
{
    /// <summary>
    /// Declares the Script component <paramref name="reference"/> an action of the site, or, with a null
    /// <paramref name="action"/>, makes it none: from the next snapshot on it is (or is no longer) an unbound OData action
    /// that holders of its roles may run. Needs ManageCode; for a script with proxy roles only a Developer may (who runs
    /// privileged code is theirs to decide). Throws <see cref="PermissionDeniedException"/> (audited),
    /// <see cref="InvalidComponentException"/> for another kind or a declaration with problems (all of them named), and
    /// <see cref="Storage.Errors.DocumentNotFoundException"/> when there is no such component.
    /// </summary>
    public async Task<Component> SetActionAsync(string reference, SiteAction? action, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, SitePermissions.ManageCode, Target(reference), cancellationToken);
        var document = await GetDocumentAsync(reference, cancellationToken);
        var current = ComponentDocuments.FromDocument(document);
        await DemandDeveloperIfProxiedAsync(current, caller, "decide who runs it", cancellationToken);

        if (action is not null && SiteActionRules.Problem(current.Kind, action) is { } problem)
        {
            throw new InvalidComponentException(reference, problem);
        }

        var changed = current with { Action = action };
        var sequence = ComponentDocuments.HistoryCount(document) + 1;

        // What runs changes only when the component runs; its next validated save raises the revision otherwise.
        var stored = await WriteAsync(document, changed, Revision(changed, sequence, caller), raisesRevision: current.Runs, cancellationToken);
        await AuditAsync(caller, reference, action is null
            ? $"{reference} is no longer an action of the site."
            : $"Declared {reference} an action of the site: {action.Describe(reference)}.");
        return changed with { StoreVersion = stored.Version };
    }
}
