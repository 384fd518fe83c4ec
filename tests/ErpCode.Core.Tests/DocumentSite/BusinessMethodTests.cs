using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows;
using ErpCode.Core.Workflows.Definitions;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>
/// Business methods a class exposes, called through the document service: their signatures, permissions, argument
/// checks, the save of what they change, and the method interactions of the chain around them.
/// </summary>
public sealed class BusinessMethodTests
{
    private const string PersonClass = """
        using ErpCode.Scripting;

        public sealed class PersonClass : DocumentClass
        {
            [Exposed]
            public void Rename(string name, bool shout = false)
            {
                Document.Set("Name", shout ? name.ToUpperInvariant() : name);
            }

            [Exposed(ReadOnly = true)]
            public string Greeting(string? prefix = null) => (prefix ?? "Hello") + " " + Document.GetString("Name");

            [Exposed]
            public decimal Twice(long count, System.DateOnly on) => count * 2m + on.Day;

            public void NotExposed()
            {
            }
        }
        """;

    private static readonly Caller Auditor = new("dave", ImmutableArray.Create("Auditor"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_exposed_methods_are_listed_with_their_signatures()
    {
        await using var site = await MethodSite(before: null, after: null);

        var methods = site.Documents.BusinessMethods("Person");

        Assert.Equal(["Greeting", "Rename", "Twice"], methods.Select(m => m.Name));
        var rename = methods.Single(m => m.Name == "Rename");
        Assert.Equal([new BusinessMethodParameter("name", PropertyType.String, false), new BusinessMethodParameter("shout", PropertyType.Bool, true)], rename.Parameters);
        Assert.False(rename.ReadOnly);
        Assert.Null(rename.Returns);
        var greeting = methods.Single(m => m.Name == "Greeting");
        Assert.True(greeting.ReadOnly);
        Assert.Equal(PropertyType.String, greeting.Returns);
        Assert.True(greeting.Parameters.Single().Optional);
    }

    [Fact]
    public async Task A_method_that_changes_the_document_saves_it_with_history_and_returns_values()
    {
        await using var site = await MethodSite(before: null, after: null);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);

        var renamed = await site.Documents.CallAsync("Person", "ann", ann.Version, "Rename", Args(("name", "Anne"), ("shout", true)), site.Caller, Ct);
        var twice = await site.Documents.CallAsync("Person", "ann", null, "Twice", Args(("count", "21"), ("on", "2026-11-03")), site.Caller, Ct);

        Assert.Equal("ANNE", renamed.Document["Name"]!.ToString());
        Assert.Equal(ann.Version + 1, renamed.Document.Version);
        Assert.Equal(DocValue.Null, renamed.Value);
        Assert.Equal(new DecimalValue(45m), twice.Value);
        Assert.Equal(renamed.Document.Version, twice.Document.Version);
        var history = await site.Documents.HistoryAsync("Person", "ann", site.Caller, Ct);
        Assert.Contains(history[^1].Changes, c => c.Path == "Name" && c.New!.ToString() == "ANNE");
    }

    [Fact]
    public async Task A_read_only_method_needs_View_and_a_changing_one_needs_Modify()
    {
        await using var site = await MethodSite(before: null, after: null);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);

        var greeting = await site.Documents.CallAsync("Person", "ann", null, "Greeting", Args(("prefix", "Hi")), Auditor, Ct);
        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Documents.CallAsync("Person", "ann", null, "Rename", Args(("name", "Eve")), Auditor, Ct));

        Assert.Equal("Hi Ann", greeting.Value.ToString());
        Assert.Equal(SitePermissions.Modify, denied.Permission);
        Assert.Equal(ann.Version, (await site.Documents.GetAsync("Person", "ann", site.Caller, Ct)).Version);
    }

    [Fact]
    public async Task Bad_arguments_and_unknown_methods_are_named_and_nothing_runs()
    {
        await using var site = await MethodSite(before: null, after: null);
        await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);

        var arguments = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CallAsync("Person", "ann", null, "Twice", Args(("on", "yesterday"), ("times", 3L)), site.Caller, Ct));
        var unknown = await Assert.ThrowsAsync<UnknownBusinessMethodException>(() => site.Documents.CallAsync("Person", "ann", null, "NotExposed", Args(), site.Caller, Ct));

        Assert.Equal(["count", "on", "times"], arguments.Errors.Select(e => e.Path));
        Assert.Equal("count is required by Twice", arguments.Errors[0].Message);
        Assert.Equal("Person has no business method 'NotExposed': PersonClass exposes Greeting, Rename, Twice.", unknown.Message);
    }

    [Fact]
    public async Task Method_interactions_run_around_the_method_refuse_before_it_and_write_after_it_in_its_transaction()
    {
        await using var site = await MethodSite(
            before: "if ((string?)Parameters[\"Method\"] == \"Rename\" && Document.GetString(\"Name\") == \"Locked\") { throw new System.InvalidOperationException(\"Locked people keep their name\"); }",
            after: "Portal.Create(\"Person\", \"\", null, new System.Collections.Generic.Dictionary<string, object?> { [\"Name\"] = \"Renamed \" + Document.GetString(\"Name\") });");
        var ann = await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);
        var locked = await site.Documents.CreateAsync("Person", Doc(("Id", "locked"), ("Name", "Locked")), site.Caller, Ct);

        await site.Documents.CallAsync("Person", "ann", ann.Version, "Rename", Args(("name", "Bea")), site.Caller, Ct);
        var refused = await Assert.ThrowsAsync<InteractionRefusedException>(() => site.Documents.CallAsync("Person", "locked", locked.Version, "Rename", Args(("name", "Free")), site.Caller, Ct));
        await site.Documents.CallAsync("Person", "ann", null, "Greeting", Args(), site.Caller, Ct);

        Assert.Equal("Locked people keep their name", refused.Reason);
        Assert.Equal("Locked", (await site.Documents.GetAsync("Person", "locked", site.Caller, Ct))["Name"]!.ToString());
        var names = (await site.Documents.QueryAsync("Person", new(), site.Caller, Ct)).Documents.Select(d => d["Name"]!.ToString()).Order();
        Assert.Equal(["Bea", "Locked", "Renamed Bea"], names);
    }

    private static Dictionary<string, DocValue> Args(params (string Name, DocValue Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private static async Task<DocumentTestSite> MethodSite(string? before, string? after)
    {
        var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync("PersonClass", ComponentKind.Document, PersonClass, site.Caller, Ct);
        var chain = ImmutableArray<string>.Empty;
        if (before is not null || after is not null)
        {
            if (before is not null)
            {
                await site.Components.SaveAsync("BeforeRename", ComponentKind.Script, before, site.Caller, Ct);
            }

            if (after is not null)
            {
                await site.Components.SaveAsync("AfterRename", ComponentKind.Script, after, site.Caller, Ct);
            }

            await site.Definitions.SaveAsync(
                new Workflow
                {
                    Name = "RenameWorkflow",
                    Interactions = [new WorkflowInteraction { Id = "GuardRename", On = InteractionTrigger.Method, Methods = ["Rename"], BeforeScript = before is null ? null : "BeforeRename", AfterScript = after is null ? null : "AfterRename" }],
                },
                site.Caller,
                Ct);
            chain = ["RenameWorkflow"];
        }

        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass", Workflows = chain }, site.Caller, Ct);
        return site;
    }
}
