using ErpCode.Core.Components;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Runtime;
using ErpCode.Scripting.Tests.Components;
using ScriptedBusinessClasses = ErpCode.Scripting.BusinessClasses.BusinessClasses;

namespace ErpCode.Scripting.Tests.BusinessClasses;

public sealed class BusinessClassesTests
{
    private const string SaleOrder = """
        public class SaleOrder : DocumentClass
        {
            protected override void BeforeSave()
            {
                Document.Set("Total", Document.GetDecimal("Quantity") * Document.GetDecimal("Price"));
                Document.Set("Stamp", (IsNew ? "new " : "edit ") + Context.User.Name);
            }

            protected override void Check(DocumentChecks checks)
            {
                if (Document.GetDecimal("Quantity") <= 0)
                {
                    checks.Fail("Quantity", "must be positive");
                }

                if (Document.GetDecimal("Total") > 1000)
                {
                    checks.Fail("An order over 1000 needs a manager.");
                }
            }

            protected override void AfterSave() =>
                throw new InvalidOperationException("after save of " + Document.Id + (IsNew ? " (new)" : " (edit)"));
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BusinessCall Call(bool isNew = true) => new("SaleOrder", "SO-1", isNew, new Caller("ann", ["Sales"]), Ct);

    private static DocumentValue Order(decimal quantity, decimal price) => DocumentValue.Create(("Quantity", quantity), ("Price", price));

    private static async Task<ScriptingTestSite> SiteWith(string reference, ComponentKind kind, string source, ScriptBudgetOptions? budgets = null)
    {
        var site = await ScriptingTestSite.CreateAsync(budgets);
        var saved = await site.Components.SaveAsync(reference, kind, source, TestCallers.Ann, Ct);
        Assert.Equal(ComponentValidationState.Validated, saved.ValidationState);
        await site.Runtime.RefreshAsync(Ct);
        return site;
    }

    private static ScriptedBusinessClasses Classes(ScriptingTestSite site, Snapshots.SnapshotLease lease) => new(lease, site.Invoker, site.Contexts);

    [Fact]
    public async Task BeforeSave_HookSetsProperties_ReturnsTheChangedDocument()
    {
        // Arrange
        await using var site = await SiteWith("SaleOrder", ComponentKind.Document, SaleOrder);
        using var lease = site.Runtime.Lease();
        var errors = new List<ValidationError>();

        // Act
        var saved = Classes(site, lease).BeforeSave("SaleOrder", Call(isNew: true), Order(3, 2.5m), errors);
        var edited = Classes(site, lease).BeforeSave("SaleOrder", Call(isNew: false), Order(1, 1), errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(new DecimalValue(7.5m), saved["Total"]);
        Assert.Equal(new StringValue("new ann"), saved["Stamp"]);
        Assert.Equal(new StringValue("edit ann"), edited["Stamp"]);
    }

    [Fact]
    public async Task BeforeSave_CheckFailures_BecomeValidationErrorsByPath()
    {
        // Arrange
        await using var site = await SiteWith("SaleOrder", ComponentKind.Document, SaleOrder);
        using var lease = site.Runtime.Lease();
        var errors = new List<ValidationError>();

        // Act
        Classes(site, lease).BeforeSave("SaleOrder", Call(), Order(-5, -300), errors);

        // Assert
        Assert.Equal(
            [new ValidationError("Quantity", "Quantity must be positive"), new ValidationError(string.Empty, "An order over 1000 needs a manager.")],
            errors);
    }

    [Fact]
    public async Task AfterSave_RunsTheHookAndAFailureNamesTheComponentAndLine()
    {
        // Arrange
        await using var site = await SiteWith("SaleOrder", ComponentKind.Document, SaleOrder);
        using var lease = site.Runtime.Lease();

        // Act
        var ex = Assert.Throws<StoredCodeException>(() => Classes(site, lease).AfterSave("SaleOrder", Call(isNew: false), Order(1, 1)));

        // Assert
        Assert.Equal(("SaleOrder (Document, v1)", 23), (ex.Component, ex.Line));
        Assert.Contains("after save of SO-1 (edit)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Components.StoredCodeFailed", ex.Code);
    }

    [Fact]
    public async Task BeforeSave_ClassWithoutHooks_LeavesTheDocumentAsItWas()
    {
        // Arrange
        await using var site = await SiteWith("Plain", ComponentKind.Document, "public class Plain : DocumentClass { }");
        using var lease = site.Runtime.Lease();
        var errors = new List<ValidationError>();
        var document = Order(1, 2);

        // Act
        var saved = Classes(site, lease).BeforeSave("Plain", Call(), document, errors);
        Classes(site, lease).AfterSave("Plain", Call(), document);

        // Assert
        Assert.Equal(document, saved);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task BeforeSave_RunawayHook_IsStoppedByTheDocumentBudget()
    {
        // Arrange
        var budgets = new ScriptBudgetOptions { Document = new ComponentBudgetOptions { Timeout = "00:00:00.200" } };
        const string looping = """
            public class Looping : DocumentClass
            {
                protected override void BeforeSave()
                {
                    while (true) { Document.Set("X", 1); }
                }
            }
            """;
        await using var site = await SiteWith("Looping", ComponentKind.Document, looping, budgets);
        using var lease = site.Runtime.Lease();

        // Act
        var ex = Assert.Throws<StoredCodeException>(() => Classes(site, lease).BeforeSave("Looping", Call(), Order(1, 1), []));

        // Assert
        Assert.IsAssignableFrom<ScriptBudgetException>(ex.InnerException);
        Assert.Equal("Looping (Document, v1)", ex.Component);
        Assert.Equal(5, ex.Line);
    }

    [Fact]
    public async Task Exists_IsTrueOnlyForRunningDocumentComponents()
    {
        // Arrange
        await using var site = await SiteWith("SaleOrder", ComponentKind.Document, SaleOrder);
        await site.Components.SaveAsync("Hello", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);
        using var lease = site.Runtime.Lease();
        var classes = Classes(site, lease);

        // Act and assert
        Assert.True(classes.Exists("SaleOrder"));
        Assert.False(classes.Exists("Hello"));
        Assert.False(classes.Exists("Missing"));
    }

    [Fact]
    public async Task Check_FailWithoutAMessage_IsTheHooksFailure()
    {
        // Arrange
        const string careless = """
            public class Careless : DocumentClass
            {
                protected override void Check(DocumentChecks checks) => checks.Fail("Quantity", "");
            }
            """;
        await using var site = await SiteWith("Careless", ComponentKind.Document, careless);
        using var lease = site.Runtime.Lease();

        // Act
        var ex = Assert.Throws<StoredCodeException>(() => Classes(site, lease).BeforeSave("Careless", Call(), Order(1, 1), []));

        // Assert
        Assert.IsType<ArgumentException>(ex.InnerException);
        Assert.Equal(3, ex.Line);
    }
}
