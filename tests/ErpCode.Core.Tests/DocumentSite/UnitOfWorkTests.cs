using ErpCode.Core.Documents;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Queries;
using Microsoft.Extensions.DependencyInjection;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;
using static ErpCode.Core.Tests.Security.StoredCode.StoredCodeDefinitions;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary><see cref="DocumentService.InTransactionAsync{T}"/>: several calls that commit together or not at all.</summary>
public sealed class UnitOfWorkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InTransactionAsync_AllCallsSucceed_CommitsThemAllAndLaterCallsSeeEarlierWrites()
    {
        // Arrange
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);

        // Act
        var (ann, renamed) = await site.Documents.InTransactionAsync(async () =>
        {
            var created = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
            var seen = await site.Documents.GetAsync("Person", created.Id, site.Caller, Ct);
            var updated = await site.Documents.UpdateAsync("Person", seen.Id, seen.Version, Doc(("Name", "Anne")), site.Caller, Ct);
            return (created, updated);
        }, Ct);

        // Assert
        Assert.Equal(2, renamed.Version);
        Assert.Equal("Anne", (await site.Documents.GetAsync("Person", ann.Id, site.Caller, Ct))["Name"]!.ToString());
        Assert.Equal(2, (await site.Documents.HistoryAsync("Person", ann.Id, site.Caller, Ct)).Count);
    }

    [Fact]
    public async Task InTransactionAsync_ALaterCallFails_RollsBackTheEarlierOnesAndRethrows()
    {
        // Arrange
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);

        // Act
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.InTransactionAsync(async () =>
        {
            await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
            return await site.Documents.CreateAsync("Person", Doc(("Email", "not-an-address")), site.Caller, Ct);
        }, Ct));

        // Assert
        Assert.Contains(error.Errors, e => e.Path == "Name");
        Assert.Equal(0, await site.Documents.CountAsync("Person", null, site.Caller, Ct));
    }

    [Fact]
    public async Task InTransactionAsync_ADenialCaughtInside_IsAuditedAfterTheRollback()
    {
        // Arrange: an Author may add notes but not ledger entries.
        await using var site = await ScriptSiteAsync();

        // Act: the work answers the denial itself (as a batch does) and then fails the unit.
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.Documents.InTransactionAsync<bool>(async () =>
        {
            await site.Documents.CreateAsync("Note", Doc(("Name", "Rent")), Author, Ct);
            try
            {
                await site.Documents.CreateAsync("Ledger", Doc(("Name", "By hand")), Author, Ct);
            }
            catch (PermissionDeniedException)
            {
                throw new InvalidOperationException("the second call was refused");
            }

            return true;
        }, Ct));

        // Assert
        Assert.Equal(0, await site.Documents.CountAsync("Note", null, site.Caller, Ct));
        var log = site.Services.GetRequiredService<AuditLog>();
        var denials = await log.QueryAsync(new AuditQuery { Kind = AuditKinds.PermissionDenied, Actor = Author.Name }, site.Caller, site.Services.GetRequiredService<SecurityPolicy>(), Ct);
        Assert.Equal("Ledger", Assert.Single(denials.Events).Target);
    }

    [Fact]
    public async Task InTransactionAsync_InsideAnotherUnit_IsRefused()
    {
        // Arrange
        await using var site = await DocumentTestSite.CreateAsync();

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => site.Documents.InTransactionAsync(
            () => site.Documents.InTransactionAsync(() => Task.FromResult(1), Ct),
            Ct));

        // Assert
        Assert.Contains("another unit of work", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTransactionAsync_AfterItEnds_CallsCommitOnTheirOwnAgain()
    {
        // Arrange
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.Documents.InTransactionAsync<int>(() => throw new InvalidOperationException("stop"), Ct));

        // Act
        await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);

        // Assert
        Assert.Single((await site.Documents.QueryAsync("Person", new Query(), site.Caller, Ct)).Documents);
    }
}
