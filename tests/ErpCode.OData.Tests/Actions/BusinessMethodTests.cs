using System.Net;
using System.Xml;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Types;
using ErpCode.OData.Tests.Support;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace ErpCode.OData.Tests.Actions;

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

            [Exposed]
            public void Confirm()
            {
            }

            [Exposed]
            public void Retire()
            {
                throw new System.InvalidOperationException(Document.GetString("Name") + " cannot retire yet");
            }
        }
        """;

    private static CancellationToken Ct => ODataTestSite.Ct;

    [Fact]
    public async Task Metadata_shows_read_only_methods_as_functions_and_others_as_actions_with_their_parameters_and_return_types()
    {
        await using var site = await MethodSiteAsync();

        var model = await MetadataAsync(site);

        var person = (IEdmEntityType)model.FindDeclaredType("ErpCode.Person");
        var operations = model.FindBoundOperations(person).ToDictionary(o => o.Name);
        var greeting = Assert.IsAssignableFrom<IEdmFunction>(operations["Greeting"]);
        Assert.Equal("Edm.String", greeting.GetReturn().Type.FullName());
        Assert.IsAssignableFrom<IEdmOptionalParameter>(greeting.FindParameter("prefix"));
        var twice = Assert.IsAssignableFrom<IEdmAction>(operations["Twice"]);
        Assert.Equal("Edm.Decimal", twice.GetReturn().Type.FullName());
        Assert.Equal("Edm.Int64", twice.FindParameter("count").Type.FullName());
        Assert.Equal("Edm.Date", twice.FindParameter("on").Type.FullName());
        Assert.Equal("ErpCode.Person", Assert.IsAssignableFrom<IEdmAction>(operations["Rename"]).GetReturn().Type.FullName());
    }

    [Fact]
    public async Task A_read_only_method_is_a_function_called_with_GET_and_its_parameters_in_the_address()
    {
        await using var site = await MethodSiteAsync();
        var id = await NewPersonAsync(site, "Ann");

        var greeting = await site.GetJsonAsync($"/odata/Persons('{id}')/ErpCode.Greeting(prefix='Hi')");
        var plain = await site.GetJsonAsync($"/odata/Persons('{id}')/ErpCode.Greeting()");

        Assert.Equal("Hi Ann", greeting.GetProperty("value").GetString());
        Assert.Equal("Hello Ann", plain.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_changing_method_is_an_action_that_saves_the_document_and_answers_with_it_or_with_its_value()
    {
        await using var site = await MethodSiteAsync();
        var id = await NewPersonAsync(site, "Ann");

        using var renamed = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.Rename", """{"name":"Anne","shout":true}""", ifMatch: "W/\"1\"");
        var document = await site.JsonAsync(renamed, HttpStatusCode.OK);
        using var twice = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.Twice", """{"count":21,"on":"2026-11-03"}""");
        var value = await site.JsonAsync(twice, HttpStatusCode.OK);

        Assert.Equal("ANNE", document.GetProperty("Name").GetString());
        Assert.Equal(2, document.GetProperty("Version").GetInt64());
        Assert.Equal("W/\"2\"", renamed.Headers.ETag!.ToString());
        Assert.Equal(45m, value.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Bad_arguments_are_400_per_parameter_unknown_methods_404_wrong_verbs_405_and_missing_Modify_403()
    {
        await using var site = await MethodSiteAsync();
        var id = await NewPersonAsync(site, "Ann");
        using var auditor = await site.ClientForAsync("dave", "Auditor");

        using var bad = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.Twice", """{"on":"2026-11-03"}""");
        using var unknown = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.NotExposed", null);
        using var verb = await site.GetAsync($"/odata/Persons('{id}')/ErpCode.Rename");
        using var denied = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.Rename", """{"name":"Eve"}""", client: auditor);
        using var allowed = await auditor.GetAsync($"/odata/Persons('{id}')/ErpCode.Greeting(prefix='Hi')", Ct);
        using var stale = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.Rename", """{"name":"Eve"}""", ifMatch: "W/\"7\"");

        var error = (await site.JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("error");
        Assert.True(error.TryGetProperty("details", out var details), error.ToString());
        var detail = Assert.Single(details.EnumerateArray());
        Assert.Equal("count", detail.GetProperty("target").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, verb.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task A_method_that_throws_is_409_naming_the_component_and_line_and_changes_nothing()
    {
        await using var site = await MethodSiteAsync();
        var id = await NewPersonAsync(site, "Ann");

        using var response = await site.SendJsonAsync(HttpMethod.Post, $"/odata/Persons('{id}')/ErpCode.Retire", null);

        var error = (await site.JsonAsync(response, HttpStatusCode.Conflict)).GetProperty("error");
        Assert.Equal("Components.StoredCodeFailed", error.GetProperty("code").GetString());
        Assert.Matches(@"^PersonClass \(Document, v1\) line \d+: InvalidOperationException: Ann cannot retire yet$", error.GetProperty("message").GetString());
        Assert.Equal(1, (await site.GetJsonAsync($"/odata/Persons('{id}')")).GetProperty("Version").GetInt64());
    }

    [Fact]
    public async Task A_transition_of_the_same_name_wins_over_a_method()
    {
        await using var site = await MethodSiteAsync();
        await site.Service<DefinitionService>().SaveAsync(SalesDefinitions.SaleOrder with { BusinessClass = "PersonClass" }, Caller.System, Ct);
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();

        var model = await MetadataAsync(site);
        using var confirm = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Confirm", null);

        var order = (IEdmEntityType)model.FindDeclaredType("ErpCode.SaleOrder");
        var confirmAction = Assert.Single(model.FindBoundOperations(order), o => o.Name == "Confirm");
        Assert.NotNull(confirmAction.FindParameter("Comment"));
        Assert.Equal("confirmed", (await site.JsonAsync(confirm, HttpStatusCode.OK)).GetProperty("OrderState").GetString());
    }

    [Fact]
    public async Task A_method_added_to_the_component_shows_in_metadata_and_answers_on_the_next_request()
    {
        await using var site = await MethodSiteAsync();
        var id = await NewPersonAsync(site, "Ann");
        using var before = await site.GetAsync($"/odata/Persons('{id}')/ErpCode.Shout()");

        var source = PersonClass.Replace("[Exposed]\n    public void Confirm()", "[Exposed(ReadOnly = true)]\n    public string Shout() => Document.GetString(\"Name\")!.ToUpperInvariant();\n\n    [Exposed]\n    public void Confirm()", StringComparison.Ordinal);
        Assert.NotEqual(PersonClass, source);
        var saved = await site.Service<ComponentService>().SaveAsync("PersonClass", ComponentKind.Document, source, Caller.System, Ct);
        Assert.True(saved.Diagnostics.IsEmpty, string.Join("; ", saved.Diagnostics));

        // The component runtime notices saved code by polling the store's revision; the test does not wait for it.
        await site.Service<ISiteRuntime>().RefreshAsync(Ct);
        var shout = await site.GetJsonAsync($"/odata/Persons('{id}')/ErpCode.Shout()");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("ANN", shout.GetProperty("value").GetString());
    }

    private static async Task<ODataTestSite> MethodSiteAsync()
    {
        var site = await ODataTestSite.StartAsync();
        await site.Service<ComponentService>().SaveAsync("PersonClass", ComponentKind.Document, PersonClass, Caller.System, Ct);
        await site.Service<DefinitionService>().SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, Caller.System, Ct);
        return site;
    }

    private static async Task<string> NewPersonAsync(ODataTestSite site, string name)
    {
        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", $$"""{"Name":"{{name}}"}""");
        return (await site.JsonAsync(response, HttpStatusCode.Created)).GetProperty("Id").GetString()!;
    }

    private static async Task<IEdmModel> MetadataAsync(ODataTestSite site)
    {
        using var response = await site.GetAsync("/odata/$metadata");
        using var reader = XmlReader.Create(new StringReader(await response.Content.ReadAsStringAsync(Ct)));
        Assert.True(CsdlReader.TryParse(reader, out var model, out var errors), string.Join("; ", errors ?? []));
        return model;
    }
}
