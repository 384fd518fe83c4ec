using System.Runtime.CompilerServices;
using ErpCode.Core.Components;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Expressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Scripting.Tests.Sites;

public sealed class SiteRuntimeTests
{
    private const string TotalCode = "Document.GetDecimal(\"Quantity\") * Document.GetDecimal(\"Price\")";

    private static readonly PropertyDefinition Total = new() { Name = "Total", Type = PropertyType.Money, Computed = TotalCode };

    private static readonly PropertySheet Amounts = new()
    {
        Name = "Amounts",
        Properties = [new() { Name = "Quantity", Type = PropertyType.Decimal }, new() { Name = "Price", Type = PropertyType.Money }, Total],
    };

    private static readonly PortalType SaleOrder = new() { Name = "SaleOrder", PropertySheets = ["Amounts"], BusinessClass = "SaleOrder" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ExpressionScope Scope() =>
        new(DocumentValue.Create(("Quantity", 3m), ("Price", 2.5m)), "SO-1", "SaleOrder", SiteTestSite.Ann, Ct);

    private static async Task SaveSalesAsync(SiteTestSite site)
    {
        await site.Definitions.SaveAsync(Amounts, SiteTestSite.Ann, Ct);
        await site.Definitions.SaveAsync(SaleOrder, SiteTestSite.Ann, Ct);
    }

    [Fact]
    public async Task Lease_AfterDefinitionsAreSaved_CarriesTheTypesAndTheirCompiledExpressions()
    {
        // Arrange
        await using var site = await SiteTestSite.CreateAsync();

        // Act
        await SaveSalesAsync(site);
        using var lease = site.Site.Lease();

        // Assert
        Assert.Equal(await site.Store.GetRevisionAsync(Ct), lease.Revision);
        Assert.NotNull(lease.Types.Find("SaleOrder"));
        Assert.Empty(lease.Types.Problems);
        var total = lease.Types.Expressions!.Find(ExpressionKeys.Computed(Amounts, Total));
        Assert.Equal(7.5m, total!.Evaluate(Scope()));
    }

    [Fact]
    public async Task Refresh_AfterAPlainPropertyIsAdded_SharesTheCompiledExpressions()
    {
        // Arrange
        await using var site = await SiteTestSite.CreateAsync();
        await SaveSalesAsync(site);
        var compilations = site.Expressions.Compilations;
        var before = Loaded(site);

        // Act
        await site.Definitions.SaveAsync(Amounts with { Properties = [.. Amounts.Properties, new() { Name = "Note" }] }, SiteTestSite.Ann, Ct);

        // Assert
        Assert.Equal(compilations, site.Expressions.Compilations);
        Assert.Same(before, Loaded(site));
        Assert.Equal(1, site.Expressions.LiveSets);
        using var lease = site.Site.Lease();
        Assert.NotNull(lease.Types.Find("SaleOrder")!.Property("Note"));
    }

    [Fact]
    public async Task Refresh_AfterAnExpressionChanged_UnloadsTheRetiredSnapshotsExpressions()
    {
        // Arrange
        await using var site = await SiteTestSite.CreateAsync();
        await SaveSalesAsync(site);
        var retired = ((ScriptedExpressionSet)site.Runtime.Current.Types.Expressions!).Loaded.Unloaded;

        // Act
        await site.Definitions.SaveAsync(Amounts with { Properties = [.. Amounts.Properties.Where(p => p.Name != "Total"), Total with { Computed = TotalCode + " * 2" }] }, SiteTestSite.Ann, Ct);

        // Assert
        using (var lease = site.Site.Lease())
        {
            Assert.Equal(15m, lease.Types.Expressions!.Find(ExpressionKeys.Computed(Amounts, Total))!.Evaluate(Scope()));
        }

        Assert.Equal(1, site.Expressions.LiveSets);
        Assert.True(WaitForUnload(retired), "the retired snapshot's expressions were not unloaded");
    }

    [Fact]
    public async Task Lease_Classes_RunTheBusinessClassOfTheLeasedSnapshot()
    {
        // Arrange
        await using var site = await SiteTestSite.CreateAsync();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, """
            public class SaleOrder : DocumentClass
            {
                protected override void BeforeSave() => Document.Set("Note", "by " + Context.User.Name);

                protected override void Check(DocumentChecks checks) => checks.Fail("Price", "is too low");
            }
            """, TestCallers.Ann, Ct);
        await site.Site.RefreshAsync(Ct);
        var errors = new List<ValidationError>();

        // Act
        using var lease = site.Site.Lease();
        var saved = lease.Classes.BeforeSave("SaleOrder", new BusinessCall("SaleOrder", "SO-1", true, SiteTestSite.Ann, Ct), DocumentValue.Create(("Price", 1m)), errors);

        // Assert
        Assert.True(lease.Classes.Exists("SaleOrder"));
        Assert.Equal(new StringValue("by ann"), saved["Note"]);
        Assert.Equal([new ValidationError("Price", "Price is too low")], errors);
    }

    [Fact]
    public async Task AddErpCodeScripting_RegistersTheSiteRuntimeAndTheExpressionCompiler()
    {
        // Arrange
        await using var site = await SiteTestSite.CreateAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ErpCode.Core.Storage.IDocumentStore>(site.Store)
            .AddErpCodeScripting(new ConfigurationBuilder().Build());

        // Act
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // Assert
        Assert.Same(provider.GetRequiredService<ExpressionCompiler>(), provider.GetRequiredService<IExpressionCompiler>());
        await provider.GetRequiredService<ISiteRuntime>().RefreshAsync(Ct);
        using var lease = provider.GetRequiredService<ISiteRuntime>().Lease();
        Assert.Equal(await site.Store.GetRevisionAsync(Ct), lease.Revision);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LoadedExpressions Loaded(SiteTestSite site) => ((ScriptedExpressionSet)site.Runtime.Current.Types.Expressions!).Loaded;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool WaitForUnload(WeakReference handle)
    {
        for (var i = 0; i < 50 && handle.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(20);
        }

        return !handle.IsAlive;
    }
}
