using System.Net;
using System.Text;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Batch;

public sealed class BatchTests
{
    [Fact]
    public async Task A_JSON_batch_runs_each_request_as_the_caller_and_answers_each_in_order()
    {
        await using var site = await ODataTestSite.StartAsync();
        const string Batch = """
            {"requests": [
              {"id": "1", "method": "POST", "url": "Persons", "headers": {"content-type": "application/json"}, "body": {"Name": "Ada"}},
              {"id": "2", "method": "GET", "url": "Persons?$select=Name&$count=true", "dependsOn": ["1"]},
              {"id": "3", "method": "GET", "url": "/odata/Persons('P-9999')"},
              {"id": "4", "method": "GET", "url": "Persons/$count"},
              {"id": "5", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Bob"}}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var responses = (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray().ToList();

        Assert.Equal([201, 200, 404, 200, 201], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal("W/\"1\"", responses[0].GetProperty("headers").GetProperty("etag").GetString());
        Assert.Equal(1, responses[1].GetProperty("body").GetProperty("@odata.count").GetInt64());
        Assert.Equal("Storage.DocumentNotFound", responses[2].GetProperty("body").GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("1", responses[3].GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_request_whose_dependency_failed_is_424_and_not_run()
    {
        await using var site = await ODataTestSite.StartAsync();
        const string Batch = """
            {"requests": [
              {"id": "1", "method": "POST", "url": "Persons", "body": {"Nope": 1}},
              {"id": "2", "method": "POST", "url": "Persons", "body": {"Name": "Never"}, "dependsOn": ["1"]}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var responses = (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray().ToList();

        Assert.Equal([400, 424], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal(0, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
    }

    [Fact]
    public async Task A_change_set_whose_second_write_is_invalid_writes_neither_and_answers_with_the_failing_request()
    {
        await using var site = await ODataTestSite.StartAsync();
        const string Batch = """
            {"requests": [
              {"id": "0", "method": "POST", "url": "Persons", "body": {"Name": "Before"}},
              {"id": "1", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Ada"}},
              {"id": "2", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Email": "not-an-address"}},
              {"id": "3", "method": "GET", "url": "Persons/$count", "dependsOn": ["g1"]},
              {"id": "4", "method": "GET", "url": "Persons/$count"}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var responses = (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray().ToList();

        Assert.Equal(["0", "2", "3", "4"], responses.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([201, 400, 424, 200], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal("g1", responses[1].GetProperty("atomicityGroup").GetString());
        Assert.StartsWith("Request '2' of the change set 'g1' failed", responses[1].GetProperty("body").GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(responses[1].GetProperty("body").GetProperty("error").GetProperty("details").EnumerateArray(), d => d.GetProperty("target").GetString() == "Name");
        Assert.Equal("1", responses[3].GetProperty("body").GetString());
        var names = (await site.GetJsonAsync("/odata/Persons?$select=Name")).GetProperty("value").EnumerateArray().Select(p => p.GetProperty("Name").GetString());
        Assert.Equal(["Before"], names);
    }

    [Fact]
    public async Task A_change_set_commits_all_its_writes_and_a_dollar_id_stands_for_the_entity_an_earlier_request_created()
    {
        await using var site = await ODataTestSite.StartAsync();
        const string Batch = """
            {"requests": [
              {"id": "1", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Ada"}},
              {"id": "2", "method": "PATCH", "url": "$1", "atomicityGroup": "g1", "dependsOn": ["1"], "body": {"Email": "ada@example.org"}},
              {"id": "3", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Bob"}},
              {"id": "4", "method": "GET", "url": "$1?$select=Name,Email", "dependsOn": ["g1"]}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var responses = (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray().ToList();

        Assert.Equal([201, 200, 201, 200], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal("W/\"2\"", responses[1].GetProperty("headers").GetProperty("etag").GetString());
        Assert.Equal("ada@example.org", responses[3].GetProperty("body").GetProperty("Email").GetString());
        Assert.Equal(2, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
    }

    [Fact]
    public async Task A_change_set_with_a_denied_write_rolls_back_and_the_denial_is_audited()
    {
        await using var site = await ODataTestSite.StartAsync();
        using var existing = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", """{"Name":"Kept"}""");
        var id = (await site.JsonAsync(existing, HttpStatusCode.Created)).GetProperty("Id").GetString();
        using var author = await site.ClientForAsync("carl", "Author");
        var batch = $$$"""
            {"requests": [
              {"id": "1", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Ada"}},
              {"id": "2", "method": "DELETE", "url": "Persons('{{{id}}}')", "atomicityGroup": "g1"}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", batch, client: author);
        var answer = Assert.Single((await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray());

        Assert.Equal((403, "2"), (answer.GetProperty("status").GetInt32(), answer.GetProperty("id").GetString()));
        var names = (await site.GetJsonAsync("/odata/Persons?$select=Name")).GetProperty("value").EnumerateArray().Select(p => p.GetProperty("Name").GetString());
        Assert.Equal(["Kept"], names);
        var denials = (await site.GetJsonAsync("/odata/AuditEvents?$filter=Actor eq 'carl' and Kind eq 'PermissionDenied'")).GetProperty("value");
        Assert.Equal($"Person {id}", Assert.Single(denials.EnumerateArray()).GetProperty("Target").GetString());
    }

    [Fact]
    public async Task A_change_set_of_several_requests_writing_a_system_set_is_refused_before_anything_runs()
    {
        await using var site = await ODataTestSite.StartAsync();
        const string Batch = """
            {"requests": [
              {"id": "1", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Ada"}},
              {"id": "2", "method": "PATCH", "url": "Roles('Author')", "atomicityGroup": "g1", "body": {"Title": "Writer"}}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var error = (await site.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("error");

        Assert.Contains("Roles", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
    }

    [Fact]
    public async Task Every_request_of_a_batch_runs_on_the_model_the_batch_started_with()
    {
        await using var site = await ODataTestSite.StartAsync();
        var sheet = System.Text.Json.Nodes.JsonNode.Parse((await site.GetJsonAsync("/odata/PropertySheets('PersonSheet')")).GetProperty("Definition").GetString()!)!;
        sheet["properties"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["name"] = "Nickname" });
        var batch = new System.Text.Json.Nodes.JsonObject
        {
            ["requests"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["id"] = "1", ["method"] = "PATCH", ["url"] = "PropertySheets('PersonSheet')", ["body"] = new System.Text.Json.Nodes.JsonObject { ["Definition"] = sheet.ToJsonString() } },
                new System.Text.Json.Nodes.JsonObject { ["id"] = "2", ["method"] = "GET", ["url"] = "Persons?$select=Nickname" }),
        };

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", batch.ToJsonString());
        var responses = (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("responses").EnumerateArray().ToList();
        using var after = await site.GetAsync("/odata/Persons?$select=Nickname");

        Assert.Equal([200, 400], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("application/json", "{\"requests\": 3}", 400)]
    [InlineData("application/json", "{\"requests\": [{\"id\": \"1\", \"method\": \"TRACE\", \"url\": \"Persons\"}]}", 400)]
    [InlineData("application/json", "{\"requests\": [{\"id\": \"1\", \"method\": \"GET\", \"url\": \"Persons\", \"dependsOn\": [\"9\"]}]}", 400)]
    [InlineData("application/json", "{\"requests\": [{\"id\": \"1\", \"method\": \"GET\", \"url\": \"http://elsewhere/x\"}]}", 400)]
    [InlineData("multipart/mixed; boundary=b", "--b\r\nContent-Type: application/http\r\n\r\nnot a request\r\n--b--", 400)]
    [InlineData("multipart/mixed", "--b--", 400)]
    [InlineData("application/json", "{\"requests\": [{\"id\": \"1\", \"method\": \"GET\", \"url\": \"Persons\", \"atomicityGroup\": \"g\"}, {\"id\": \"2\", \"method\": \"GET\", \"url\": \"Persons\"}, {\"id\": \"3\", \"method\": \"GET\", \"url\": \"Persons\", \"atomicityGroup\": \"g\"}]}", 400)]
    public async Task A_bad_batch_is_an_OData_error(string contentType, string body, int status)
    {
        await using var site = await ODataTestSite.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odata/$batch") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await site.Client.SendAsync(request, ODataTestSite.Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("$batch", (await site.JsonAsync(response, (HttpStatusCode)status)).GetProperty("error").GetProperty("target").GetString());
    }
}
