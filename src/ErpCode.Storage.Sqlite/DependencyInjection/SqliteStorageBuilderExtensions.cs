using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

public static class SqliteStorageBuilderExtensions
{
    /// <summary>Makes the embedded SQLite store available as <c>Storage:Provider = Sqlite</c>.</summary>
    public static StorageBuilder AddSqlite(this StorageBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddProvider(
            SqliteDocumentStore.ProviderName,
            (services, options) => new SqliteDocumentStore(options, services.GetRequiredService<ILogger<SqliteDocumentStore>>()));
    }
}
