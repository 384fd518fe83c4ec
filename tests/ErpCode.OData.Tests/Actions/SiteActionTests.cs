using System.Net;
using System.Xml;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;
using ErpCode.OData.Tests.Support;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace ErpCode.OData.Tests.Actions;

/// <summary>Actions of the site: Script components declared as one, called as unbound OData actions through their imports.</summary>
public sealed class SiteActionTests
{
    /// <summary>Counts the persons of a region (and, when asked, only those of a rank or more).</summary>
    private const string CountPersons = """
        var region = (string)Parameters["Region"]!;
        var atLeast = Parameters["MinRank"] as long?;
        return Portal.Query("Person", "Region", region).Count(p => atLeast is null || (p.Get("Rank") as long? ?? 0) >= atLeast);
        """;

    /// <summary>Creates two persons, then refuses when told to: the refusal must leave neither behind.</summary>
    private const string AddTwins = """
        var name = (string)Parameters["Name"]!;
        Portal.Create("Person", "", null, new Dictionary<string, object?> { ["Name"] = name + " 1" });
        Portal.Create("Person", "", null, new Dictionary<string, object?> { ["Name"] = name + " 2" });
        if (Parameters["Refuse"] is true)
        {
            throw new InvalidOperationException("Twins of " + name + " are not welcome today");
        }
        """;

    private static readonly SiteAction CountPersonsAction = new()
    {
        Parameters = [new BusinessMethodParameter("Region", PropertyType.String, Optional: false), new BusinessMethodParameter("MinRank", PropertyType.Int, Optional: true)],
        Returns = PropertyType.Int,
        Roles = ["Manager", "Author", "Auditor"],
    };

    private static readonly SiteAction AddTwinsAction = new()
    {
        Parameters = [new BusinessMethodParameter("Name", PropertyType.String, Optional: false), new BusinessMethodParameter("Refuse", PropertyType.Bool, Optional: true)],
        Roles = ["Manager", "Author", "Auditor"],
    };

    private static CancellationToken Ct => ODataTestSite.Ct;

    [Fact]
    public async Task Metadata_shows_each_site_action_as_an_unbound_action_with_an_import_its_parameters_and_its_result()
    {
        await using var site = await ActionSiteAsync();

        var model = await MetadataAsync(site);

        var count = Assert.Single(model.EntityContainer.OperationImports(), i => i.Name == "CountPersons");
        var action = Assert.IsAssignableFrom<IEdmAction>(count.Operation);
        Assert.False(action.IsBound);
        Assert.Equal("Edm.Int64", action.GetReturn().Type.FullName());
        Assert.Equal("Edm.String", action.FindParameter("Region").Type.FullName());
        Assert.IsAssignableFrom<IEdmOptionalParameter>(action.FindParameter("MinRank"));
        var twins = Assert.IsAssignableFrom<IEdmAction>(Assert.Single(model.EntityContainer.OperationImports(), i => i.Name == "AddTwins").Operation);
        Assert.Null(twins.GetReturn());
        Assert.DoesNotContain(model.EntityContainer.OperationImports(), i => i.Name == "NotAnAction");
    }

    [Fact]
    public async Task Posting_to_an_action_runs_its_script_with_the_typed_arguments_and_answers_with_its_value()
    {
        await using var site = await ActionSiteAsync();
        foreach (var (name, region, rank) in new[] { ("Ann", "europe", 3), ("Bea", "europe/france", 1), ("Cid", "europe", 1), ("Dan", "asia", 5) })
        {
            using var created = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", $$"""{"Name":"{{name}}","Region":"{{region}}","Rank":{{rank}}}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var all = await site.SendJsonAsync(HttpMethod.Post, "/odata/CountPersons", """{"Region":"europe"}""");
        using var ranked = await site.SendJsonAsync(HttpMethod.Post, "/odata/CountPersons", """{"Region":"europe","MinRank":2}""");

        Assert.Equal(2, (await site.JsonAsync(all, HttpStatusCode.OK)).GetProperty("value").GetInt64());
        var value = await site.JsonAsync(ranked, HttpStatusCode.OK);
        Assert.Equal(1, value.GetProperty("value").GetInt64());
        Assert.EndsWith("$metadata#Edm.Int64", value.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_an_action_writes_is_kept_together_and_a_refusal_keeps_nothing_and_answers_409_with_the_scripts_message()
    {
        await using var site = await ActionSiteAsync();

        using var kept = await site.SendJsonAsync(HttpMethod.Post, "/odata/AddTwins", """{"Name":"Kept"}""");
        using var refused = await site.SendJsonAsync(HttpMethod.Post, "/odata/AddTwins", """{"Name":"Gone","Refuse":true}""");

        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        var error = (await site.JsonAsync(refused, HttpStatusCode.Conflict)).GetProperty("error");
        Assert.Equal("Documents.SiteActionRefused", error.GetProperty("code").GetString());
        Assert.Equal("AddTwins refused: Twins of Gone are not welcome today", error.GetProperty("message").GetString());
        var names = (await site.GetJsonAsync("/odata/Persons?$select=Name&$orderby=Name")).GetProperty("value").EnumerateArray().Select(p => p.GetProperty("Name").GetString()).ToList();
        Assert.Equal(["Kept 1", "Kept 2"], names);
    }

    [Fact]
    public async Task A_caller_without_one_of_the_actions_roles_gets_403_and_the_denial_is_audited_and_nothing_runs()
    {
        await using var site = await ActionSiteAsync();
        using var nobody = await site.ClientForAsync("nora");

        using var denied = await site.SendJsonAsync(HttpMethod.Post, "/odata/AddTwins", """{"Name":"Sneaky"}""", client: nobody);

        var error = (await site.JsonAsync(denied, HttpStatusCode.Forbidden)).GetProperty("error");
        Assert.Equal("Security.PermissionDenied", error.GetProperty("code").GetString());
        Assert.Contains("only Manager, Author, Auditor may run it", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
        var audit = await site.Service<AuditLog>().QueryAsync(new AuditQuery { Kind = AuditKinds.PermissionDenied, Actor = "nora" }, Caller.System, site.Service<SecurityPolicy>(), Ct);
        Assert.Contains(audit.Events, e => e.Target == "Action AddTwins");
    }

    [Fact]
    public async Task A_write_the_script_makes_that_the_caller_may_not_make_is_403_and_undoes_the_action()
    {
        await using var site = await ActionSiteAsync();
        using var auditor = await site.ClientForAsync("dave", "Auditor");

        // Auditors may run AddTwins, but not add persons: the script's first write is refused for them.
        using var denied = await site.SendJsonAsync(HttpMethod.Post, "/odata/AddTwins", """{"Name":"Audited"}""", client: auditor);

        var error = (await site.JsonAsync(denied, HttpStatusCode.Forbidden)).GetProperty("error");
        Assert.Equal("Security.PermissionDenied", error.GetProperty("code").GetString());
        Assert.Equal(0, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
    }

    [Fact]
    public async Task Bad_arguments_are_400_with_one_detail_per_parameter_a_GET_is_405_and_an_unknown_action_404()
    {
        await using var site = await ActionSiteAsync();

        using var missing = await site.SendJsonAsync(HttpMethod.Post, "/odata/CountPersons", """{"MinRank":2}""");
        using var wrongType = await site.SendJsonAsync(HttpMethod.Post, "/odata/CountPersons", """{"Region":"europe","MinRank":"high"}""");
        using var get = await site.GetAsync("/odata/CountPersons");
        using var unknown = await site.SendJsonAsync(HttpMethod.Post, "/odata/NotAnAction", "{}");

        var error = (await site.JsonAsync(missing, HttpStatusCode.BadRequest)).GetProperty("error");
        Assert.Equal("Documents.InvalidArguments", error.GetProperty("code").GetString());
        var detail = Assert.Single(error.GetProperty("details").EnumerateArray());
        Assert.Equal("Region", detail.GetProperty("target").GetString());
        Assert.Equal("Region is required by CountPersons", detail.GetProperty("message").GetString());
        var wrong = (await site.JsonAsync(wrongType, HttpStatusCode.BadRequest)).GetProperty("error");
        Assert.Equal("MinRank", wrong.GetProperty("target").GetString());
        Assert.Contains("MinRank", wrong.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(["POST"], get.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("\"error\"", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_of_another_type_than_declared_is_409_naming_it_and_keeps_nothing()
    {
        await using var site = await ActionSiteAsync();
        await DeclareAsync(site, "WrongResult", """
            Portal.Create("Person", "", null, new Dictionary<string, object?> { ["Name"] = "Never" });
            return "many";
            """, new SiteAction { Returns = PropertyType.Int, Roles = ["Manager"] });

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/WrongResult", null);

        var message = (await site.JsonAsync(response, HttpStatusCode.Conflict)).GetProperty("error").GetProperty("message").GetString();
        Assert.StartsWith("WrongResult refused: it declares a Int result, but its script returned String", message, StringComparison.Ordinal);
        Assert.Equal(0, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
    }

    [Fact]
    public async Task Declaring_a_script_an_action_shows_it_on_the_next_request_and_undeclaring_removes_it()
    {
        await using var site = await ActionSiteAsync();
        using var before = await site.SendJsonAsync(HttpMethod.Post, "/odata/NotAnAction", "{}");

        await site.Service<ComponentService>().SetActionAsync("NotAnAction", new SiteAction { Returns = PropertyType.String, Roles = ["Manager"] }, Caller.System, Ct);
        await site.Service<ISiteRuntime>().RefreshAsync(Ct);
        using var declared = await site.SendJsonAsync(HttpMethod.Post, "/odata/NotAnAction", "{}");
        await site.Service<ComponentService>().SetActionAsync("CountPersons", null, Caller.System, Ct);
        await site.Service<ISiteRuntime>().RefreshAsync(Ct);
        using var undeclared = await site.SendJsonAsync(HttpMethod.Post, "/odata/CountPersons", """{"Region":"asia"}""");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("a plain script", (await site.JsonAsync(declared, HttpStatusCode.OK)).GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.NotFound, undeclared.StatusCode);
        Assert.DoesNotContain((await MetadataAsync(site)).EntityContainer.OperationImports(), i => i.Name == "CountPersons");
    }

    [Fact]
    public async Task A_consultant_declares_a_script_an_action_through_Components_as_its_template_JSON_and_bad_JSON_is_400_naming_the_field()
    {
        await using var site = await ActionSiteAsync();
        const string Declaration = """{"roles": ["Manager"], "parameters": [{"name": "Suffix", "type": "String", "optional": true}], "returns": "String"}""";

        using var declared = await site.SendJsonAsync(HttpMethod.Patch, "/odata/Components('NotAnAction')", System.Text.Json.JsonSerializer.Serialize(new { Action = Declaration }));
        using var run = await site.SendJsonAsync(HttpMethod.Post, "/odata/NotAnAction", """{"Suffix":"!"}""");
        using var bad = await site.SendJsonAsync(HttpMethod.Patch, "/odata/Components('NotAnAction')", System.Text.Json.JsonSerializer.Serialize(new { Action = """{"roles": ["Manager"], "returns": "Money"}""" }));
        using var cleared = await site.SendJsonAsync(HttpMethod.Patch, "/odata/Components('NotAnAction')", """{"Action": null}""");
        using var gone = await site.SendJsonAsync(HttpMethod.Post, "/odata/NotAnAction", "{}");

        var row = await site.JsonAsync(declared, HttpStatusCode.OK);
        Assert.Contains("\"Suffix\"", row.GetProperty("Action").GetString(), StringComparison.Ordinal);
        Assert.Equal("a plain script", (await site.JsonAsync(run, HttpStatusCode.OK)).GetProperty("value").GetString());
        var error = (await site.JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("error");
        Assert.Equal("Action", error.GetProperty("target").GetString());
        Assert.Contains("'Money' is not a type an action returns", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await site.JsonAsync(cleared, HttpStatusCode.OK)).GetProperty("Action").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_action_in_a_batch_change_set_commits_or_rolls_back_with_the_other_requests()
    {
        await using var site = await ActionSiteAsync();
        const string Batch = """
            {"requests": [
              {"id": "1", "method": "POST", "url": "AddTwins", "atomicityGroup": "g1", "body": {"Name": "Batch"}},
              {"id": "2", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Email": "not-an-address"}},
              {"id": "3", "method": "POST", "url": "AddTwins", "atomicityGroup": "g2", "body": {"Name": "Pair"}},
              {"id": "4", "method": "POST", "url": "Persons", "atomicityGroup": "g2", "body": {"Name": "Single"}}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var responses = (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray().ToList();

        Assert.Contains(responses, r => r.GetProperty("id").GetString() == "2" && r.GetProperty("status").GetInt32() == 400);
        Assert.Contains(responses, r => r.GetProperty("id").GetString() == "3" && r.GetProperty("status").GetInt32() == 204);
        var names = (await site.GetJsonAsync("/odata/Persons?$select=Name&$orderby=Name")).GetProperty("value").EnumerateArray().Select(p => p.GetProperty("Name").GetString()).ToList();
        Assert.Equal(["Pair 1", "Pair 2", "Single"], names);
    }

    private static async Task<ODataTestSite> ActionSiteAsync()
    {
        var site = await ODataTestSite.StartAsync();
        await DeclareAsync(site, "CountPersons", CountPersons, CountPersonsAction);
        await DeclareAsync(site, "AddTwins", AddTwins, AddTwinsAction);
        await DeclareAsync(site, "NotAnAction", "return \"a plain script\";", action: null);
        return site;
    }

    private static async Task DeclareAsync(ODataTestSite site, string reference, string source, SiteAction? action)
    {
        var components = site.Service<ComponentService>();
        var saved = await components.SaveAsync(reference, ComponentKind.Script, source, Caller.System, Ct);
        Assert.True(saved.Runs, string.Join("; ", saved.Diagnostics));
        if (action is not null)
        {
            await components.SetActionAsync(reference, action, Caller.System, Ct);
        }

        // The component runtime notices saved code by polling the store's revision; the test does not wait for it.
        await site.Service<ISiteRuntime>().RefreshAsync(Ct);
    }

    private static async Task<IEdmModel> MetadataAsync(ODataTestSite site)
    {
        using var response = await site.GetAsync("/odata/$metadata");
        using var reader = XmlReader.Create(new StringReader(await response.Content.ReadAsStringAsync(Ct)));
        Assert.True(CsdlReader.TryParse(reader, out var model, out var errors), string.Join("; ", errors ?? []));
        return model;
    }
}
