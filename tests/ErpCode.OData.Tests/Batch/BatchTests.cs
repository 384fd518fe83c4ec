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
    public async Task A_change_set_of_several_writes_is_refused_501_and_nothing_of_the_batch_runs()
    {
        await using var site = await ODataTestSite.StartAsync();
        const string Batch = """
            {"requests": [
              {"id": "0", "method": "POST", "url": "Persons", "body": {"Name": "Before"}},
              {"id": "1", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Ada"}},
              {"id": "2", "method": "POST", "url": "Persons", "atomicityGroup": "g1", "body": {"Name": "Bob"}}
            ]}
            """;

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/$batch", Batch);
        var error = (await site.JsonAsync(response, HttpStatusCode.NotImplemented)).GetProperty("error");

        Assert.Contains("g1", error.GetProperty("message").GetString(), StringComparison.Ordinal);
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
    [InlineData("multipart/mixed; boundary=b", "--b--", 501)]
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
