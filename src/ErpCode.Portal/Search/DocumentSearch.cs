using ErpCode.Core.Documents;
using ErpCode.Core.Documents.Search;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Portal.Modules;

namespace ErpCode.Portal.Search;

/// <summary>
/// The top search: in each module the caller may view, the first documents matching the text as
/// <see cref="TextSearch"/> says, through one store query per module, as the caller.
/// </summary>
public sealed class DocumentSearch(ModuleCatalog catalog, ISiteRuntime runtime, DocumentService documents)
{
    /// <summary>How many documents a search shows per module.</summary>
    public const int PerModule = 10;

    /// <summary>The shortest text searched for; shorter text would match almost everything.</summary>
    public const int MinLength = 2;

    public async Task<IReadOnlyList<SearchGroup>> SearchAsync(string text, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var wanted = text?.Trim() ?? string.Empty;
        if (wanted.Length < MinLength)
        {
            return [];
        }

        var groups = new List<SearchGroup>();
        foreach (var module in await catalog.ModulesAsync(caller, cancellationToken))
        {
            if (Matching(module, wanted) is not var (filter, textProperties))
            {
                continue;
            }

            var page = await documents.QueryAsync(module.PortalType, Query.Where(filter).OrderBy(SortField.Asc(FieldPath.IdName)).Page(PerModule), caller, cancellationToken);
            if (page.Documents.Count > 0)
            {
                groups.Add(new SearchGroup(module, [.. page.Documents.Select(d => new SearchHit(d.Id, TitleOf(d, textProperties)))], page.ContinuationToken is not null));
            }
        }

        return groups;
    }

    /// <summary>The filter of the module's documents matching the text and the type's text properties, or null when its type is gone meanwhile.</summary>
    private (Filter Filter, List<string> TextProperties)? Matching(PortalModule module, string text)
    {
        using var lease = runtime.Lease();
        if (lease.Types.Find(module.PortalType) is not { } type)
        {
            return null;
        }

        return (TextSearch.Term(TextSearch.Fields(type), text), [.. TextSearch.TextProperties(type)]);
    }

    /// <summary>The document's title, else its first text property that has a value, else its id.</summary>
    private static string TitleOf(BusinessDocument document, List<string> textProperties) =>
        new[] { SystemProperties.Title }.Concat(textProperties)
            .Select(name => document[name] is StringValue { Value.Length: > 0 } text ? text.Value : null)
            .FirstOrDefault(text => text is not null) ?? document.Id;
}
