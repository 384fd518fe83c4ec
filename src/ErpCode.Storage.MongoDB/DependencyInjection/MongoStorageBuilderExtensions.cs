using ErpCode.Storage.MongoDB;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

public static class MongoStorageBuilderExtensions
{
    /// <summary>Makes the MongoDB store available as <c>Storage:Provider = MongoDB</c>, with a <c>mongodb://</c> URL as connection string.</summary>
    public static StorageBuilder AddMongoDB(this StorageBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddProvider(
            MongoDocumentStore.ProviderName,
            (services, options) => new MongoDocumentStore(options, services.GetRequiredService<ILogger<MongoDocumentStore>>()));
    }
}
