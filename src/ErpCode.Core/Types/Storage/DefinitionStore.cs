using System.Collections.Immutable;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Types.Storage;

/// <summary>Reads the type definitions of the site from the store; the runtime builds its snapshot from them.</summary>
public sealed class DefinitionStore(IDocumentStore store)
{
    public async Task EnsureCollectionsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var kind in Enum.GetValues<DefinitionKind>())
        {
            await store.EnsureCollectionAsync(DefinitionDocuments.Definition(kind), cancellationToken);
        }

        await store.EnsureCollectionAsync(DefinitionDocuments.HistoryDefinition, cancellationToken);
    }

    /// <summary>Every definition, as committed (reads outside a transaction).</summary>
    public async Task<SiteDefinitions> LoadAsync(CancellationToken cancellationToken = default)
    {
        var types = await ReadAllAsync<PortalType>(DefinitionKind.PortalType, cancellationToken);
        var sheets = await ReadAllAsync<PropertySheet>(DefinitionKind.PropertySheet, cancellationToken);
        var categories = await ReadAllAsync<BaseCategory>(DefinitionKind.BaseCategory, cancellationToken);
        var workflows = await ReadAllAsync<Workflows.Definitions.Workflow>(DefinitionKind.Workflow, cancellationToken);
        var roles = await ReadAllAsync<Security.Roles.RoleDefinition>(DefinitionKind.Role, cancellationToken);
        return new SiteDefinitions(types, sheets, categories) { Workflows = workflows, Roles = roles };
    }

    private async Task<ImmutableArray<T>> ReadAllAsync<T>(DefinitionKind kind, CancellationToken cancellationToken)
    {
        var collection = store.Collection(DefinitionDocuments.Collection(kind));
        var result = ImmutableArray.CreateBuilder<T>();
        string? token = null;
        do
        {
            var page = await collection.QueryAsync(new Query { Take = 1000, ContinuationToken = token }, cancellationToken);
            result.AddRange(page.Documents.Select(d => DefinitionCodec.FromBody<T>(d.Body, $"{kind} {d.Id}")));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return result.ToImmutable();
    }
}
