using System.Net;
using System.Text.Json;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.SystemSets;

public sealed class SystemSetTests
{
    private const string PersonClass = """
        using ErpCode.Scripting;

        public sealed class PersonClass : DocumentClass
        {
            [Exposed(ReadOnly = true)]
            public string Greeting() => "Hello " + Document.GetString("Name");
        }
        """;

    [Fact]
    public async Task Definitions_read_as_name_title_and_their_JSON_and_a_property_sheet_is_created_and_deleted_through_them()
    {
        await using var site = await ODataTestSite.StartAsync();

        var types = await site.GetJsonAsync("/odata/PortalTypes?$filter=Name eq 'SaleOrder'&$select=Name,Definition");
        var sheet = JsonSerializer.Serialize(new { Name = "NotesSheet", Definition = """{"name":"NotesSheet","properties":[{"name":"Remark"}]}""" });
        using var created = await site.SendJsonAsync(HttpMethod.Post, "/odata/PropertySheets", sheet);
        using var bad = await site.SendJsonAsync(HttpMethod.Post, "/odata/PropertySheets", JsonSerializer.Serialize(new { Name = "Bad", Definition = """{"name":"Bad","properties":[{"name":"X","type":"Money2"}]}""" }));
        using var deleted = await site.SendJsonAsync(HttpMethod.Delete, "/odata/PropertySheets('NotesSheet')", null);
        var roles = await site.GetJsonAsync("/odata/Roles?$orderby=Name&$select=Name");

        var order = Assert.Single(types.GetProperty("value").EnumerateArray());
        Assert.Contains("\"SaleOrders\"", order.GetProperty("Definition").GetString(), StringComparison.Ordinal);
        Assert.Equal("NotesSheet", (await site.JsonAsync(created, HttpStatusCode.Created)).GetProperty("Name").GetString());
        var error = (await site.JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("error");
        Assert.Contains("properties[0].type", error.GetProperty("details")[0].GetProperty("target").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, (await site.GetJsonAsync("/odata/BusinessTemplates")).GetProperty("value").GetArrayLength());
        Assert.Contains("Manager", roles.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("Name").GetString()));
    }

    [Fact]
    public async Task Code_is_edited_by_patching_Source_a_save_that_does_not_compile_answers_200_with_diagnostics_and_the_last_good_version_keeps_running()
    {
        await using var site = await ODataTestSite.StartAsync();
        using (var create = await site.SendJsonAsync(HttpMethod.Post, "/odata/Components", JsonSerializer.Serialize(new { Reference = "PersonClass", Kind = "Document", Source = PersonClass })))
        {
            Assert.Equal("Validated", (await site.JsonAsync(create, HttpStatusCode.Created)).GetProperty("ValidationState").GetString());
        }

        using (var type = await site.SendJsonAsync(HttpMethod.Patch, "/odata/PortalTypes('Person')", JsonSerializer.Serialize(new { Definition = """{"name":"Person","title":"Person","entitySet":"Persons","propertySheets":["PersonSheet"],"businessClass":"PersonClass","idGeneration":{"pattern":"P-{seq:0000}"}}""" })))
        {
            await site.JsonAsync(type, HttpStatusCode.OK);
        }

        using var person = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", """{"Name":"Ann"}""");
        var id = (await site.JsonAsync(person, HttpStatusCode.Created)).GetProperty("Id").GetString();
        using var broken = await site.SendJsonAsync(HttpMethod.Patch, "/odata/Components('PersonClass')", JsonSerializer.Serialize(new { Source = PersonClass.Replace("=> \"Hello \"", "=> Nope + \"Hello \"", StringComparison.Ordinal) }));
        var component = await site.JsonAsync(broken, HttpStatusCode.OK);
        var greeting = await site.GetJsonAsync($"/odata/Persons('{id}')/ErpCode.Greeting()");

        Assert.Equal("Modified", component.GetProperty("ValidationState").GetString());
        Assert.Contains("Nope", component.GetProperty("Diagnostics")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Hello Ann", greeting.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Users_never_show_a_password_and_one_cannot_change_ones_own_roles()
    {
        await using var site = await ODataTestSite.StartAsync();

        using var created = await site.SendJsonAsync(HttpMethod.Post, "/odata/Users", """{"Name":"eve","Password":"a-long-test-password-2","Roles":["Author"]}""");
        var eve = await site.JsonAsync(created, HttpStatusCode.Created);
        using var own = await site.SendJsonAsync(HttpMethod.Patch, "/odata/Users('admin')", """{"Roles":["Author"]}""");
        using var other = await site.SendJsonAsync(HttpMethod.Patch, "/odata/Users('eve')", """{"Roles":["Auditor"],"Enabled":false}""");
        using var list = await site.GetAsync("/odata/Users");
        var text = await list.Content.ReadAsStringAsync(ODataTestSite.Ct);

        Assert.Equal(JsonValueKind.Null, eve.GetProperty("Password").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        var changed = await site.JsonAsync(other, HttpStatusCode.OK);
        Assert.Equal("Auditor", changed.GetProperty("Roles")[0].GetString());
        Assert.False(changed.GetProperty("Enabled").GetBoolean());
        Assert.DoesNotContain("a-long-test-password-2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/odata/PortalTypes")]
    [InlineData("/odata/Workflows")]
    [InlineData("/odata/Components")]
    [InlineData("/odata/Roles")]
    [InlineData("/odata/AuditEvents")]
    [InlineData("/odata/BusinessTemplates")]
    public async Task Reading_a_system_set_needs_its_permission(string path)
    {
        await using var site = await ODataTestSite.StartAsync();
        using var author = await site.ClientForAsync("carl", "Author");

        using var response = await author.GetAsync(path, ODataTestSite.Ct);

        Assert.Equal("Security.PermissionDenied", (await site.JsonAsync(response, HttpStatusCode.Forbidden)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_user_without_ManageUsers_sees_only_themselves_in_Users()
    {
        await using var site = await ODataTestSite.StartAsync();
        using var author = await site.ClientForAsync("carl", "Author");

        var users = await site.JsonAsync(await author.GetAsync("/odata/Users", ODataTestSite.Ct), HttpStatusCode.OK);

        Assert.Equal(["carl"], users.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("Name").GetString()));
    }

    [Fact]
    public async Task An_auditor_reads_the_audit_events_and_cannot_write_them_and_a_405_says_what_is_allowed()
    {
        await using var site = await ODataTestSite.StartAsync();
        using var auditor = await site.ClientForAsync("dave", "Auditor");

        var events = await site.JsonAsync(await auditor.GetAsync("/odata/AuditEvents?$filter=Kind ne ''&$orderby=At desc&$count=true", ODataTestSite.Ct), HttpStatusCode.OK);
        using var post = await site.SendJsonAsync(HttpMethod.Post, "/odata/AuditEvents", """{"Id":"x","Kind":"Forged"}""", client: auditor);

        using var deleteComponent = await site.SendJsonAsync(HttpMethod.Delete, "/odata/Components('Anything')", null);
        using var putUser = await site.SendJsonAsync(HttpMethod.Put, "/odata/Users('dave')", """{"Name":"dave"}""");

        Assert.True(events.GetProperty("@odata.count").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(["GET"], post.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleteComponent.StatusCode);
        Assert.Equal(["GET", "PATCH", "PUT"], deleteComponent.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, putUser.StatusCode);
        Assert.Equal(["GET", "PATCH"], putUser.Content.Headers.Allow);
    }
}
