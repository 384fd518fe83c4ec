using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ErpCode.Server.Tests.Health;

public sealed class HealthEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_on_a_new_site_creates_the_store_and_reports_it_healthy()
    {
        await using var server = new ErpCodeServerFactory();
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/health", Ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var store = body.RootElement.GetProperty("checks").GetProperty("store");
        Assert.Equal("Sqlite", store.GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal("0", store.GetProperty("data").GetProperty("revision").GetString());
        Assert.True(File.Exists(server.StoreFile));
    }

    [Fact]
    public async Task Health_of_a_damaged_store_answers_503_with_the_reason()
    {
        await using var server = new ErpCodeServerFactory();
        Directory.CreateDirectory(server.Folder);
        await File.WriteAllTextAsync(server.StoreFile, "this is not a database, it is a note", Ct);
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/health", Ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var description = body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString();
        Assert.Contains(server.StoreFile, description, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_storage_provider_stops_the_host_naming_it()
    {
        await using var server = new ErpCodeServerFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" });

        var ex = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(ex is AggregateException agg ? agg.InnerException : ex);
        Assert.Contains("'Oracle'", validation.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", validation.Message, StringComparison.Ordinal);
        Assert.Contains("MongoDB", validation.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }
}
