using ErpCode.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.Storage.DependencyInjection;

public sealed class StorageOptionsValidatorTests
{
    private static readonly StorageProviderRegistration[] Providers =
    [
        new("Sqlite", (_, o) => new FakeDocumentStore("Sqlite", o)),
        new("MongoDB", (_, o) => new FakeDocumentStore("MongoDB", o)),
    ];

    [Fact]
    public void Validate_KnownProviderInAnyCaseWithConnection_Succeeds()
    {
        // Arrange
        var validator = new StorageOptionsValidator(Providers);

        // Act
        var result = validator.Validate(null, new StorageOptions { Provider = "MONGODB", ConnectionString = "mongodb://h" });

        // Assert
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_UnknownProvider_FailsNamingItAndTheKnownOnes()
    {
        // Act
        var result = new StorageOptionsValidator(Providers).Validate(null, new StorageOptions { Provider = "Postgres" });

        // Assert
        Assert.True(result.Failed);
        Assert.Equal("Storage:Provider 'Postgres' is not known; use one of: Sqlite, MongoDB.", result.FailureMessage);
    }

    [Fact]
    public void Validate_EmptyConnectionString_Fails()
    {
        // Act
        var result = new StorageOptionsValidator(Providers).Validate(null, new StorageOptions { ConnectionString = " " });

        // Assert
        Assert.True(result.Failed);
        Assert.Equal("Storage:ConnectionString is empty.", result.FailureMessage);
    }
}
