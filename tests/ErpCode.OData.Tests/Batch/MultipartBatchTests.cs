using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ErpCode.OData.Tests.Support;
using Microsoft.OData;

namespace ErpCode.OData.Tests.Batch;

/// <summary>Multipart/mixed $batch, written and read with Microsoft.OData.Core's own batch writer and reader, as an OData client does.</summary>
public sealed class MultipartBatchTests
{
    [Fact]
    public async Task A_multipart_change_set_commits_together_and_Microsoft_OData_reads_the_answers()
    {
        await using var site = await ODataTestSite.StartAsync();
        var root = new Uri(site.Client.BaseAddress!, "/odata/");

        using var response = await SendAsync(site, batch =>
        {
            batch.WriteStartChangeset();
            Operation(batch, "POST", new Uri(root, "Persons"), "1", """{"Name":"Ada"}""");
            Operation(batch, "PATCH", new Uri("$1", UriKind.Relative), "2", """{"Email":"ada@example.org"}""");
            batch.WriteEndChangeset();
            Operation(batch, "GET", new Uri(root, "Persons?$select=Name,Email"), null, null);
        });
        var answers = await ReadAsync(response);

        Assert.Equal([(201, "1", true), (200, "2", true), (200, null, false)], answers.Select(a => (a.Status, a.ContentId, a.InChangeSet)));
        Assert.Contains("ada@example.org", answers[2].Body, StringComparison.Ordinal);
        Assert.Equal(1, (await site.GetJsonAsync("/odata/Persons?$count=true")).GetProperty("@odata.count").GetInt64());
    }

    [Fact]
    public async Task A_multipart_change_set_with_an_invalid_write_is_rolled_back_and_answered_once_in_its_place()
    {
        await using var site = await ODataTestSite.StartAsync();
        var root = new Uri(site.Client.BaseAddress!, "/odata/");

        using var response = await SendAsync(site, batch =>
        {
            batch.WriteStartChangeset();
            Operation(batch, "POST", new Uri(root, "Persons"), "1", """{"Name":"Ada"}""");
            Operation(batch, "POST", new Uri(root, "Persons"), "2", """{"Nope":1}""");
            batch.WriteEndChangeset();
            Operation(batch, "GET", new Uri(root, "Persons/$count"), null, null);
        });
        var answers = await ReadAsync(response);

        Assert.Equal([(400, false), (200, false)], answers.Select(a => (a.Status, a.InChangeSet)));
        var message = System.Text.Json.JsonDocument.Parse(answers[0].Body).RootElement.GetProperty("error").GetProperty("message").GetString();
        Assert.StartsWith("Request '2' of the change set", message, StringComparison.Ordinal);
        Assert.Contains("Nope", message, StringComparison.Ordinal);
        Assert.Equal("0", answers[1].Body);
    }

    private static void Operation(ODataBatchWriter batch, string method, Uri url, string? contentId, string? json)
    {
        var operation = batch.CreateOperationRequestMessage(method, url, contentId);
        if (json is not null)
        {
            operation.SetHeader("Content-Type", "application/json");
            using var stream = operation.GetStream();
            stream.Write(Encoding.UTF8.GetBytes(json));
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(ODataTestSite site, Action<ODataBatchWriter> write)
    {
        using var body = new MemoryStream();
        var message = new Message(body);
        var settings = new ODataMessageWriterSettings { BaseUri = new Uri(site.Client.BaseAddress!, "/odata/"), Version = ODataVersion.V4, EnableMessageStreamDisposal = false };
        using (var writer = new ODataMessageWriter((IODataRequestMessage)message, settings))
        {
            var batch = writer.CreateODataBatchWriter();
            batch.WriteStartBatch();
            write(batch);
            batch.WriteEndBatch();
            batch.Flush();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/odata/$batch") { Content = new ByteArrayContent(body.ToArray()) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(message.GetHeader("Content-Type")!);
        return await site.Client.SendAsync(request, ODataTestSite.Ct);
    }

    private static async Task<List<(int Status, string? ContentId, bool InChangeSet, string Body)>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = new Message(new MemoryStream(await response.Content.ReadAsByteArrayAsync(ODataTestSite.Ct))) { StatusCode = 200 };
        message.SetHeader("Content-Type", response.Content.Headers.ContentType!.ToString());
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings { BaseUri = new Uri(response.RequestMessage!.RequestUri!, "/odata/") });
        var reader = messageReader.CreateODataBatchReader();
        var answers = new List<(int, string?, bool, string)>();
        var inChangeSet = false;
        while (reader.Read())
        {
            switch (reader.State)
            {
                case ODataBatchReaderState.ChangesetStart:
                    inChangeSet = true;
                    break;
                case ODataBatchReaderState.ChangesetEnd:
                    inChangeSet = false;
                    break;
                case ODataBatchReaderState.Operation:
                    var operation = reader.CreateOperationResponseMessage();
                    using (var text = new StreamReader(operation.GetStream()))
                    {
                        answers.Add((operation.StatusCode, operation.ContentId, inChangeSet, await text.ReadToEndAsync(ODataTestSite.Ct)));
                    }

                    break;
            }
        }

        return answers;
    }

    private sealed class Message(Stream body) : IODataRequestMessage, IODataResponseMessage
    {
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

        public Uri Url { get; set; } = new("http://localhost/odata/$batch");

        public string Method { get; set; } = "POST";

        public int StatusCode { get; set; }

        public string? GetHeader(string headerName) => _headers.GetValueOrDefault(headerName);

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => body;
    }
}
