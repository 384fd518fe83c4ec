using System.Text.RegularExpressions;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Connection;

/// <summary>
/// What the store makes of <c>Storage:ConnectionString</c>: the client settings (server selection and connect
/// timeouts from <c>Storage:ConnectTimeout</c>), the database (<c>Storage:Database</c>, else the URL's, else
/// <c>erpcode</c>) and a description that names hosts and database but never the user or password.
/// </summary>
internal sealed partial class MongoConnectionInfo
{
    public const string DefaultDatabase = "erpcode";

    private MongoConnectionInfo(MongoClientSettings settings, string databaseName, string description)
    {
        Settings = settings;
        DatabaseName = databaseName;
        Description = description;
    }

    public MongoClientSettings Settings { get; }

    public string DatabaseName { get; }

    public string Description { get; }

    /// <summary>Throws <see cref="StoreUnavailableException"/> when the connection string is not a MongoDB URL; the message never repeats it.</summary>
    public static MongoConnectionInfo Parse(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MongoUrl url;
        try
        {
            url = new MongoUrl(options.ConnectionString);
        }
        catch (Exception ex) when (ex is MongoConfigurationException or ArgumentException or FormatException)
        {
            // The driver's message quotes the whole string, password included; keep only a redacted reason.
            throw new StoreUnavailableException(
                "MongoDB (Storage:ConnectionString)",
                $"the connection string is not a valid mongodb:// or mongodb+srv:// URL: {Redact(ex.Message, options.ConnectionString)}");
        }

        var database = !string.IsNullOrWhiteSpace(options.Database) ? options.Database
            : !string.IsNullOrEmpty(url.DatabaseName) ? url.DatabaseName
            : DefaultDatabase;
        var settings = MongoClientSettings.FromUrl(url);
        settings.ServerSelectionTimeout = options.ConnectTimeout;
        settings.ConnectTimeout = options.ConnectTimeout;
        settings.ApplicationName ??= "ErpCode";
        return new MongoConnectionInfo(settings, database, Describe(url, database));
    }

    /// <summary>The scheme, hosts and database, as in <c>mongodb://h1:27017,h2:27017/erpcode</c>.</summary>
    public static string Describe(MongoUrl url, string database)
    {
        ArgumentNullException.ThrowIfNull(url);
        var scheme = url.Scheme == global::MongoDB.Driver.Core.Configuration.ConnectionStringScheme.MongoDBPlusSrv ? "mongodb+srv" : "mongodb";
        var hosts = string.Join(",", url.Servers.Select(s => s.ToString()));
        return $"{scheme}://{hosts}/{database}";
    }

    /// <summary>Removes the connection string and any "user:password@" from a driver message.</summary>
    public static string Redact(string message, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!string.IsNullOrEmpty(connectionString))
        {
            message = message.Replace(connectionString, "(the connection string)", StringComparison.Ordinal);
        }

        return Credentials().Replace(message, "://***@");
    }

    [GeneratedRegex(@"://[^/@\s]*@", RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();
}
