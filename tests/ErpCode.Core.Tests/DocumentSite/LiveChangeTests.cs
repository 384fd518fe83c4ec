using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>Definitions change while the site runs: the next call on every node uses them, and stored documents stay readable.</summary>
public sealed class LiveChangeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_property_added_to_a_sheet_is_accepted_on_the_next_call_without_restart()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync("Person", Doc(("Name", "Ann"), ("Phone", "+33 1")), site.Caller, Ct));

        await site.Definitions.SaveAsync(SalesDefinitions.PersonSheet with { Properties = [.. SalesDefinitions.PersonSheet.Properties, new PropertyDefinition { Name = "Phone" }] }, site.Caller, Ct);

        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann"), ("Phone", "+33 1")), site.Caller, Ct);
        Assert.Equal("+33 1", ann["Phone"]!.ToString());
    }

    [Fact]
    public async Task A_second_node_follows_a_definition_change_within_a_second()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await using var second = await site.OpenSecondNodeAsync();
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var watch = second.WatchAsync(watching.Token);

        await site.Definitions.SaveAsync(SalesDefinitions.PersonSheet with { Properties = [.. SalesDefinitions.PersonSheet.Properties, new PropertyDefinition { Name = "Phone" }] }, site.Caller, Ct);
        var started = System.Diagnostics.Stopwatch.StartNew();
        BusinessDocument? created = null;
        while (created is null && started.Elapsed < TimeSpan.FromSeconds(1))
        {
            try
            {
                created = await second.Documents.CreateAsync("Person", Doc(("Name", "Ann"), ("Phone", "1")), site.Caller, Ct);
            }
            catch (DocumentValidationException)
            {
                await Task.Delay(20, Ct);
            }
        }

        await watching.CancelAsync();
        await watch;
        Assert.NotNull(created);
    }

    [Fact]
    public async Task A_removed_property_stays_stored_but_is_no_longer_shown_and_comes_back_if_restored()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann"), ("Email", "ann@example.com")), site.Caller, Ct);

        await site.Definitions.SaveAsync(SalesDefinitions.PersonSheet with { Properties = [.. SalesDefinitions.PersonSheet.Properties.Where(p => p.Name != "Email")] }, site.Caller, Ct);
        var read = await site.Documents.GetAsync("Person", ann.Id, site.Caller, Ct);
        Assert.Null(read["Email"]);
        var renamed = await site.Documents.UpdateAsync("Person", ann.Id, read.Version, Doc(("Name", "Anna")), site.Caller, Ct);
        Assert.Null(renamed["Email"]);

        await site.Definitions.SaveAsync(SalesDefinitions.PersonSheet, site.Caller, Ct);
        Assert.Equal("ann@example.com", (await site.Documents.GetAsync("Person", ann.Id, site.Caller, Ct))["Email"]!.ToString());
    }

    [Fact]
    public async Task A_new_required_property_applies_from_the_next_edit_not_to_stored_documents()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);

        await site.Definitions.SaveAsync(SalesDefinitions.PersonSheet with { Properties = [.. SalesDefinitions.PersonSheet.Properties, new PropertyDefinition { Name = "Vat", Required = true }] }, site.Caller, Ct);

        Assert.Equal("Ann", (await site.Documents.GetAsync("Person", ann.Id, site.Caller, Ct))["Name"]!.ToString());
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.UpdateAsync("Person", ann.Id, 1, Doc(("Name", "Anna")), site.Caller, Ct));
        Assert.Contains(error.Errors, e => e.Message == "Vat is required");
        var fixedUp = await site.Documents.UpdateAsync("Person", ann.Id, 1, Doc(("Name", "Anna"), ("Vat", "FR1")), site.Caller, Ct);
        Assert.Equal(2, fixedUp.Version);
    }

    [Fact]
    public async Task Definitions_change_while_documents_are_being_written_and_no_write_fails()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var written = 0;
        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await site.Documents.CreateAsync("Person", Doc(("Name", "Writer")), site.Caller, Ct);
                    Interlocked.Increment(ref written);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.Add(ex);
                }
            }
        }, Ct)).ToList();

        // Definitions change while writes are under way: some before the first change, some after the last.
        await WaitForWritesAsync(() => Volatile.Read(ref written), 5);
        var beforeChanges = Volatile.Read(ref written);
        for (var i = 0; i < 10; i++)
        {
            await site.Definitions.SaveAsync(SalesDefinitions.PersonSheet with { Properties = [.. SalesDefinitions.PersonSheet.Properties, new PropertyDefinition { Name = $"Extra{i}" }] }, site.Caller, Ct);
        }

        await WaitForWritesAsync(() => Volatile.Read(ref written), Volatile.Read(ref written) + 5);
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        Assert.Empty(failures);
        Assert.True(written >= beforeChanges + 5);
        var last = await site.Documents.CreateAsync("Person", Doc(("Name", "Last"), ("Extra9", "x")), site.Caller, Ct);
        Assert.Equal("x", last["Extra9"]!.ToString());
    }

    [Fact]
    public async Task A_new_child_type_and_a_type_change_of_a_property_apply_without_restart()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        await site.Definitions.SaveAsync(new PropertySheet { Name = "AddressSheet", Properties = [new PropertyDefinition { Name = "City", Required = true }] }, site.Caller, Ct);
        await site.Definitions.SaveAsync(new PortalType { Name = "Address", PropertySheets = ["AddressSheet"] }, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { AllowedContentTypes = [new ContainedType { Type = "Address", Property = "Addresses" }] }, site.Caller, Ct);

        var updated = await site.Documents.UpdateAsync("Person", ann.Id, ann.Version, Json("""{ "Addresses": [ { "City": "Lyon" } ] }"""), site.Caller, Ct);
        var address = Assert.IsType<DocumentValue>(Assert.IsType<ArrayValue>(updated["Addresses"])[0]);
        Assert.Equal("Lyon", address["City"].ToString());
        Assert.Equal("Address", address["PortalType"].ToString());
    }

    private static async Task WaitForWritesAsync(Func<int> written, int atLeast)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (written() < atLeast)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"Only {written()} documents were written in 30 s.");
            await Task.Delay(10, Ct);
        }
    }
}
