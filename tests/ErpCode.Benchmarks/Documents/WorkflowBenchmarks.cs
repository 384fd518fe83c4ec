using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Benchmarks.Documents;

/// <summary>
/// Workflows on the embedded store: firing a guarded transition (roles, a state permission, an expression) with a
/// before and an after script, its history entry and the document in one transaction; the baseline is a plain update
/// of the same document through the document service. And a worklist page (50 documents) over 100,000 orders in
/// mixed states, with the state variable indexed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WorkflowBenchmarks
{
    private static readonly Caller Author = new("alice", ImmutableArray.Create("Author", "Assignor"));
    private DocumentBenchSite _site = null!;
    private BusinessDocument _order = null!;
    private bool _confirmed;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await DocumentBenchSite.CreateAsync();
        await BenchDefinitions.InstallSalesAsync(_site);
        await _site.Components.SaveAsync("CheckOrder", ComponentKind.Script, "if (Document.GetList(\"Lines\").Count == 0) { throw new System.InvalidOperationException(\"The order has no lines\"); }", _site.Caller);
        await _site.Components.SaveAsync("NoteConfirmation", ComponentKind.Script, "Log.Info(\"confirmed \" + Document.Id);", _site.Caller);
        await _site.Definitions.SaveAsync(new Workflow
        {
            Name = "OrderWorkflow",
            StateVariable = "OrderState",
            InitialState = "draft",
            States =
            [
                new WorkflowState { Id = "draft", Transitions = ["Confirm"], Permissions = [new PermissionGrant { Permission = "Modify", Roles = ["Author"] }] },
                new WorkflowState { Id = "confirmed", Transitions = ["Reopen"], Permissions = [new PermissionGrant { Permission = "Modify", Roles = ["Author"] }] },
            ],
            Transitions =
            [
                new WorkflowTransition
                {
                    Id = "Confirm",
                    To = "confirmed",
                    Guard = new TransitionGuard { Roles = ["Author"], Permissions = ["Modify"], Expression = "Document.GetDecimal(\"Total\") > 0m" },
                    BeforeScript = "CheckOrder",
                    AfterScript = "NoteConfirmation",
                },
                new WorkflowTransition
                {
                    Id = "Reopen",
                    To = "draft",
                    Guard = new TransitionGuard { Roles = ["Author"], Permissions = ["Modify"], Expression = "Document.GetDecimal(\"Total\") > 0m" },
                    BeforeScript = "CheckOrder",
                    AfterScript = "NoteConfirmation",
                },
            ],
            Worklists = [new Worklist { Id = "toConfirm", States = ["draft"], Roles = ["Assignor"] }],
        }, _site.Caller);
        var types = await _site.DefinitionStore.LoadAsync();
        await _site.Definitions.SaveAsync(types.PortalTypes.Single(t => t.Name == "SaleOrder") with { Workflows = ["OrderWorkflow"] }, _site.Caller);

        var customer = await _site.Documents.CreateAsync("Person", DocumentValue.Create(("Name", "Ann")), _site.Caller);
        _order = await _site.Documents.CreateAsync("SaleOrder", BenchDefinitions.Order(customer.Id, 20), _site.Caller);

        // 100,000 orders in mixed states, written straight into the store (creating them one by one would take minutes).
        var body = (await _site.Store.Collection("SaleOrder").GetAsync(_order.Id)).Body;
        await _site.Store.Collection("SaleOrder").InsertManyAsync(Enumerable.Range(0, 100_000).Select(i =>
            new NewDocument($"BULK-{i:000000}", body.With("OrderState", i % 10 == 0 ? "draft" : "confirmed"), "SaleOrder")));
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    [Benchmark]
    public async Task<BusinessDocument> FireGuardedTransitionWithScripts()
    {
        _order = await _site.Documents.FireAsync("SaleOrder", _order.Id, _order.Version, _confirmed ? "Reopen" : "Confirm", "bench", Author);
        _confirmed = !_confirmed;
        return _order;
    }

    [Benchmark(Baseline = true)]
    public async Task<BusinessDocument> PlainUpdateOfTheSameDocument() =>
        _order = await _site.Documents.UpdateAsync("SaleOrder", _order.Id, _order.Version, DocumentValue.Create(("DeliveryDate", new DateOnly(2026, 12, _confirmed ? 10 : 11))), Author);

    [Benchmark]
    public async Task<DocumentPage> WorklistPageOver100kOrders() =>
        await _site.Documents.WorklistAsync("SaleOrder", "OrderWorkflow", "toConfirm", Author, take: 50);
}
