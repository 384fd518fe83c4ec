using ErpCode.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ErpCode.Core.Tests.Storage.DependencyInjection;

public sealed class StorageServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<StorageBuilder>? providers = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        var builder = services.AddErpCodeStorage(configuration);
        if (providers is null)
        {
            builder.AddProvider("Sqlite", (_, o) => new FakeDocumentStore("Sqlite", o))
                .AddProvider("MongoDB", (_, o) => new FakeDocumentStore("MongoDB", o));
        }
        else
        {
            providers(builder);
        }

        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("Sqlite", "Sqlite")]
    [InlineData("sqlite", "Sqlite")]
    [InlineData("SQLITE", "Sqlite")]
    [InlineData("MongoDB", "MongoDB")]
    [InlineData("mongodb", "MongoDB")]
    [InlineData("mongoDb", "MongoDB")]
    public async Task AddErpCodeStorage_PicksTheProviderByNameIgnoringCase(string configured, string expected)
    {
        // Arrange
        await using var provider = Build(new() { ["Storage:Provider"] = configured, ["Storage:ConnectionString"] = "Data Source=x.db" });

        // Act
        var store = provider.GetRequiredService<IDocumentStore>();

        // Assert
        Assert.Equal(expected, store.Provider);
        Assert.Equal("Data Source=x.db", ((FakeDocumentStore)store).Options.ConnectionString);
    }

    [Fact]
    public async Task AddErpCodeStorage_StoreIsASingleton()
    {
        // Arrange
        await using var provider = Build([]);

        // Act / Assert
        Assert.Same(provider.GetRequiredService<IDocumentStore>(), provider.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public async Task AddErpCodeStorage_NoStorageSection_UsesTheDefaults()
    {
        // Arrange
        await using var provider = Build([]);

        // Act
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        // Assert
        Assert.Equal("Sqlite", options.Provider);
        Assert.Equal("Data Source=data/erpcode.db", options.ConnectionString);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.RevisionPollInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), options.BusyTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Null(options.Database);
        Assert.Equal("Sqlite", provider.GetRequiredService<IDocumentStore>().Provider);
    }

    [Fact]
    public async Task AddErpCodeStorage_BindsTheStorageSection()
    {
        // Arrange
        await using var provider = Build(new()
        {
            ["Storage:Provider"] = "MongoDB",
            ["Storage:ConnectionString"] = "mongodb://localhost:27017",
            ["Storage:Database"] = "erp",
            ["Storage:RevisionPollInterval"] = "00:00:02",
            ["Storage:BusyTimeout"] = "00:00:30",
            ["Storage:ConnectTimeout"] = "00:00:01",
            ["Other:Provider"] = "ignored",
        });

        // Act
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        // Assert
        Assert.Equal("MongoDB", options.Provider);
        Assert.Equal("mongodb://localhost:27017", options.ConnectionString);
        Assert.Equal("erp", options.Database);
        Assert.Equal(TimeSpan.FromSeconds(2), options.RevisionPollInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.BusyTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ConnectTimeout);
    }

    [Fact]
    public async Task AddErpCodeStorage_UnknownProvider_FailsValidationNamingItAndTheKnownOnes()
    {
        // Arrange
        await using var provider = Build(new() { ["Storage:Provider"] = "Oracle" });

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        // Assert
        Assert.Contains("Storage:Provider 'Oracle' is not known; use one of: Sqlite, MongoDB.", ex.Failures);
        Assert.Equal(typeof(StorageOptions), ex.OptionsType);
    }

    [Fact]
    public async Task AddErpCodeStorage_UnknownProvider_FailsAtStart()
    {
        // Arrange
        await using var provider = Build(new() { ["Storage:Provider"] = "Oracle" });

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        // Assert
        Assert.Contains("'Oracle'", ex.Message);
    }

    [Fact]
    public async Task AddErpCodeStorage_UnknownProvider_AlsoFailsWhenTheStoreIsResolved()
    {
        // Arrange
        await using var provider = Build(new() { ["Storage:Provider"] = "Oracle" });

        // Act / Assert
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public async Task AddErpCodeStorage_NoProviderRegistered_SaysSo()
    {
        // Arrange
        await using var provider = Build([], _ => { });

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        // Assert
        Assert.Contains("Storage:Provider 'Sqlite' is not known; use one of: .", ex.Failures);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddErpCodeStorage_EmptyConnectionString_FailsValidation(string connectionString)
    {
        // Arrange
        await using var provider = Build(new() { ["Storage:ConnectionString"] = connectionString });

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        // Assert
        Assert.Contains("Storage:ConnectionString is empty.", ex.Failures);
    }

    [Theory]
    [InlineData("RevisionPollInterval", "00:00:00.010")]
    [InlineData("RevisionPollInterval", "00:02:00")]
    [InlineData("BusyTimeout", "00:11:00")]
    [InlineData("ConnectTimeout", "00:00:00.050")]
    public async Task AddErpCodeStorage_TimeOutOfRange_FailsValidationNamingTheSetting(string setting, string value)
    {
        // Arrange
        await using var provider = Build(new() { [$"Storage:{setting}"] = value });

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        // Assert
        Assert.Contains(setting, ex.Message);
    }

    [Fact]
    public async Task AddErpCodeStorage_SameNameTwice_TheLastRegistrationWins()
    {
        // Arrange
        await using var provider = Build([], b => b
            .AddProvider("Sqlite", (_, o) => new FakeDocumentStore("first", o))
            .AddProvider("SQLITE", (_, o) => new FakeDocumentStore("second", o)));

        // Act / Assert
        Assert.Equal("second", provider.GetRequiredService<IDocumentStore>().Provider);
    }

    [Fact]
    public async Task AddErpCodeStorage_FactoryReceivesTheServiceProvider()
    {
        // Arrange
        IServiceProvider? received = null;
        await using var provider = Build([], b => b.AddProvider("Sqlite", (sp, o) =>
        {
            received = sp;
            return new FakeDocumentStore("Sqlite", o);
        }));

        // Act
        provider.GetRequiredService<IDocumentStore>();

        // Assert
        Assert.NotNull(received);
        Assert.NotNull(received.GetService<IOptions<StorageOptions>>());
    }

    [Fact]
    public void AddErpCodeStorage_ReturnsABuilderOverTheSameServices()
    {
        // Arrange
        var services = new ServiceCollection();

        // Act
        var builder = services.AddErpCodeStorage(new ConfigurationBuilder().Build());

        // Assert
        Assert.Same(services, builder.Services);
    }

    [Fact]
    public void AddErpCodeStorage_NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddErpCodeStorage(new ConfigurationBuilder().Build())).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddErpCodeStorage(null!)).ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AddProvider_BlankName_ThrowsArgumentException(string? name)
    {
        // Arrange
        var builder = new ServiceCollection().AddErpCodeStorage(new ConfigurationBuilder().Build());

        // Act
        var ex = Assert.ThrowsAny<ArgumentException>(() => builder.AddProvider(name!, (_, o) => new FakeDocumentStore("x", o)));

        // Assert
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void AddProvider_NullFactory_ThrowsArgumentNullException()
    {
        // Arrange
        var builder = new ServiceCollection().AddErpCodeStorage(new ConfigurationBuilder().Build());

        // Act / Assert
        Assert.Equal("create", Assert.Throws<ArgumentNullException>(() => builder.AddProvider("x", null!)).ParamName);
    }

    [Fact]
    public void AddProvider_RegistersTheProvider()
    {
        // Arrange
        var builder = new ServiceCollection().AddErpCodeStorage(new ConfigurationBuilder().Build());

        // Act
        var returned = builder.AddProvider("Custom", (_, o) => new FakeDocumentStore("Custom", o));

        // Assert
        Assert.Same(builder, returned);
        var registration = Assert.Single(builder.Services, d => d.ServiceType == typeof(StorageProviderRegistration));
        Assert.Equal("Custom", ((StorageProviderRegistration)registration.ImplementationInstance!).Name);
    }
}
