using ErpCode.Core.Components;
using ErpCode.Core.Documents.Ids;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Tokens;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Storage;
using ErpCode.Core.Types.Storage;

namespace ErpCode.Core.Sites;

/// <summary>Creates the system collections a site needs (definitions, components, histories, id counters, the audit log, users and API tokens); safe to run on every start.</summary>
public static class SiteCollections
{
    public static async Task EnsureAsync(IDocumentStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await new DefinitionStore(store).EnsureCollectionsAsync(cancellationToken);
        await store.EnsureCollectionAsync(ComponentDocuments.Definition, cancellationToken);
        await store.EnsureCollectionAsync(ComponentDocuments.HistoryDefinition, cancellationToken);
        await store.EnsureCollectionAsync(DocumentCollections.HistoryDefinition, cancellationToken);
        await store.EnsureCollectionAsync(IdAllocator.Definition, cancellationToken);
        await store.EnsureCollectionAsync(AuditLog.Definition, cancellationToken);
        await store.EnsureCollectionAsync(UserService.Definition, cancellationToken);
        await store.EnsureCollectionAsync(ApiTokenService.Definition, cancellationToken);
    }
}
