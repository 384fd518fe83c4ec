using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;
using ErpCode.Portal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Portal.Tests.Forms;

/// <summary>Sale orders the form and workflow tests arrange through the running site's document service, each with its own reference.</summary>
internal static class SaleOrders
{
    /// <summary>sam as the services see him (seed/users.json): Sales, in the sales group.</summary>
    public static Caller Sam { get; } = new("sam", ["Sales"]) { Groups = ["sales"] };

    public static DocumentService Documents(PortalSite site) => site.Services.GetRequiredService<DocumentService>();

    /// <summary>A reference no other test uses (the property holds at most 60 characters).</summary>
    public static string UniqueReference(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)];

    /// <summary>A draft order of Acme in EUR with one line of <paramref name="product"/>, created by <paramref name="caller"/> (sam by default).</summary>
    public static Task<BusinessDocument> CreateAsync(PortalSite site, string reference, string product = "PR-DESK", Caller? caller = null) =>
        Documents(site).CreateAsync(
            "SaleOrder",
            DocumentValue.Create(
                ("Customer", "ORG-ACME"),
                ("Currency", "EUR"),
                ("CustomerReference", reference),
                ("Lines", new ArrayValue(DocumentValue.Create(("Product", product), ("Quantity", 2), ("Price", 499m))))),
            caller ?? Sam,
            TestContext.Current.CancellationToken);
}
