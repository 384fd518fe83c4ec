using ErpCode.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Storage.MongoDB.Tests;

public sealed class MongoStorageBuilderExtensionsTests
{
    [Fact]
    public async Task AddMongoDB_makes_the_store_available_as_provider_MongoDB()
    {
        // Arrange
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "MongoDB",
                ["Storage:ConnectionString"] = "mongodb://user:secret@db1:27017/site",
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddErpCodeStorage(configuration).AddMongoDB();
        await using var provider = services.BuildServiceProvider();

        // Act
        var store = provider.GetRequiredService<IDocumentStore>();

        // Assert
        var mongo = Assert.IsType<MongoDocumentStore>(store);
        Assert.Equal("mongodb://db1:27017/site", mongo.Description);
    }
}
