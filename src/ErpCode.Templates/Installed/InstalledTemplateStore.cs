using System.Collections.Immutable;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Templates.Items;
using ErpCode.Templates.Manifest;

namespace ErpCode.Templates.Installed;

/// <summary>Keeps installed templates as documents of the <c>business_templates</c> collection, one per template, its name as id.</summary>
internal sealed class InstalledTemplateStore(IDocumentStore store)
{
    public const string Collection = "business_templates";
    public const string TypeName = "BusinessTemplate";

    public static CollectionDefinition Definition { get; } = new CollectionDefinition(Collection).WithField("version", ValueKind.String);

    public Task EnsureCollectionAsync(CancellationToken cancellationToken) => store.EnsureCollectionAsync(Definition, cancellationToken);

    public async Task<IReadOnlyList<InstalledTemplate>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<InstalledTemplate>();
        string? token = null;
        do
        {
            var page = await store.Collection(Collection).QueryAsync(new Query { Take = 1000, ContinuationToken = token }, cancellationToken);
            result.AddRange(page.Documents.Select(FromDocument));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return [.. result.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    public static async Task SaveAsync(IStoreTransaction transaction, InstalledTemplate template, CancellationToken cancellationToken)
    {
        var documents = transaction.Collection(Collection);
        var body = ToBody(template);
        var existing = await documents.FindAsync(template.Name, cancellationToken);
        _ = existing is null
            ? await documents.InsertAsync(new NewDocument(template.Name, body, TypeName), cancellationToken)
            : await documents.ReplaceAsync(template.Name, existing.Version, body, cancellationToken);
    }

    public static async Task DeleteAsync(IStoreTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var documents = transaction.Collection(Collection);
        var existing = await documents.GetAsync(name, cancellationToken);
        await documents.DeleteAsync(name, existing.Version, cancellationToken);
    }

    private static DocumentValue ToBody(InstalledTemplate t) => DocumentValue.Create(
        ("name", t.Name),
        ("version", t.Version.ToString()),
        ("installedAt", t.InstalledAt),
        ("installedBy", t.InstalledBy),
        ("manifest", t.ManifestText),
        ("dependencies", new ArrayValue(t.Dependencies.Select(d => (DocValue)DocumentValue.Create(("name", d.Name), ("versions", d.Versions.Text))))),
        ("items", new ArrayValue(t.Items.Select(i => (DocValue)DocumentValue.Create(
            ("kind", i.Key.Kind.ToString()), ("name", i.Key.Name), ("templateVersion", i.TemplateVersion), ("checksum", i.Checksum))))));

    private static InstalledTemplate FromDocument(StoredDocument document)
    {
        var body = document.Body;
        return new InstalledTemplate(
            document.Id,
            SemanticVersion.TryParse(Text(body, "version"))!,
            body["installedAt"] is DateTimeValue at ? at.Value : default,
            Text(body, "installedBy"),
            Text(body, "manifest"),
            [.. List(body, "dependencies").Select(d => new TemplateDependency(Text(d, "name"), VersionRange.TryParse(Text(d, "versions"), out _)!))],
            [.. List(body, "items").Select(i => new InstalledItem(
                new TemplateItemKey(Enum.Parse<TemplateItemKind>(Text(i, "kind")), Text(i, "name")), Text(i, "templateVersion"), Text(i, "checksum")))]);
    }

    private static string Text(DocumentValue body, string name) => body.TryGet(name, out var v) && v is StringValue s ? s.Value : string.Empty;

    private static IEnumerable<DocumentValue> List(DocumentValue body, string name) =>
        body.TryGet(name, out var v) && v is ArrayValue array ? array.OfType<DocumentValue>() : ImmutableArray<DocumentValue>.Empty;
}
