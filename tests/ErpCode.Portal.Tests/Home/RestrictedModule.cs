using System.Collections.Immutable;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Types.Definitions;
using ErpCode.Portal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Portal.Tests.Home;

/// <summary>
/// A portal type added while the site runs whose documents only accountants (and managers) may view or create — the
/// shipped templates let Sales view every type — removed again with its documents when the test ends.
/// </summary>
internal sealed class RestrictedModule : IAsyncDisposable
{
    private readonly PortalSite _site;
    private readonly List<BusinessDocument> _documents = [];

    private RestrictedModule(PortalSite site, string name)
    {
        _site = site;
        Name = name;
    }

    public string Name { get; }

    public string EntitySet => Name + "s";

    public string Title => "Ledger notes " + Name[^6..];

    public static async Task<RestrictedModule> CreateAsync(PortalSite site)
    {
        var module = new RestrictedModule(site, "LedgerNote" + Guid.NewGuid().ToString("N")[..6]);
        await site.Services.GetRequiredService<DefinitionService>().SaveAsync(
            new PortalType
            {
                Name = module.Name,
                Title = module.Title,
                Description = "Notes only the books' keepers read.",
                PropertySheets = ["CurrencySheet"],
                Permissions =
                [
                    new PermissionGrant { Permission = SitePermissions.View, Roles = ["Accountant", "Manager"] },
                    new PermissionGrant { Permission = SitePermissions.Add, Roles = ["Accountant", "Manager"] },
                ],
            },
            Caller.System,
            TestContext.Current.CancellationToken);
        return module;
    }

    /// <summary>Adds a document whose Name is <paramref name="name"/>.</summary>
    public async Task AddAsync(string name)
    {
        var body = DocumentValue.Create(("Name", name), ("Decimals", 2));
        _documents.Add(await _site.Services.GetRequiredService<DocumentService>().CreateAsync(Name, body, Caller.System, TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        var documents = _site.Services.GetRequiredService<DocumentService>();
        foreach (var document in _documents)
        {
            await documents.DeleteAsync(Name, document.Id, document.Version, Caller.System, TestContext.Current.CancellationToken);
        }

        await _site.Services.GetRequiredService<DefinitionService>().DeleteAsync(DefinitionKind.PortalType, Name, Caller.System, TestContext.Current.CancellationToken);
    }
}
