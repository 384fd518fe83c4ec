using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>Rules of a sale order: required values, ranges, lengths, patterns, constraints, children, computed values, ids, stamps and history.</summary>
public sealed class OrderRulesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_order_gets_a_pattern_id_defaults_computed_amounts_title_and_stamps()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann"), ("Region", "europe/france")), site.Caller, Ct);

        var order = await site.Documents.CreateAsync(
            "SaleOrder",
            Json($$"""{ "Customer": "{{ann.Id}}", "Lines": [ { "Product": "Pen", "Quantity": 3, "Price": "1.10" }, { "Product": "Ink", "Price": 4.25 } ] }"""),
            site.Caller,
            Ct);

        Assert.Matches(@"^SO-\d{4}-00001$", order.Id);
        Assert.Equal(1, order.Version);
        Assert.Equal("draft", order["Status"]!.ToString());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), Assert.IsType<DateValue>(order["OrderDate"]).Value);
        var lines = Assert.IsType<ArrayValue>(order["Lines"]);
        var first = Assert.IsType<DocumentValue>(lines[0]);
        var second = Assert.IsType<DocumentValue>(lines[1]);
        Assert.Equal("1", first["Id"].ToString());
        Assert.Equal("SaleOrderLine", first["PortalType"].ToString());
        Assert.Equal(3.30m, Assert.IsType<DecimalValue>(first["Amount"]).Value);
        Assert.Equal(1m, Assert.IsType<DecimalValue>(second["Quantity"]).Value);
        Assert.Equal(7.55m, Assert.IsType<DecimalValue>(order["Total"]).Value);
        Assert.Equal($"Order for {ann.Id}", order["Title"]!.ToString());
        Assert.Equal("tester", order["Owner"]!.ToString());
        Assert.IsType<DateTimeValue>(order["CreatedAt"]);
    }

    [Fact]
    public async Task Every_broken_rule_comes_back_at_once_with_its_path_including_lines()
    {
        await using var site = await SalesSite();
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "SaleOrder",
            Json("""{ "DeliveryDate": "2000-01-01", "Lines": [ { "Product": "Pen", "Price": 1 }, { "Product": "Ink", "Price": 1 }, { "Quantity": 0, "Price": -1 } ] }"""),
            site.Caller,
            Ct));

        Assert.Contains(error.Errors, e => e.Path == "Customer" && e.Message == "Customer is required");
        Assert.Contains(error.Errors, e => e.Path == "Lines[2].Product" && e.Message == "Lines[2].Product is required");
        Assert.Contains(error.Errors, e => e.Path == "Lines[2].Quantity" && e.Message == "Lines[2].Quantity must be at least 0.001");
        Assert.Contains(error.Errors, e => e.Path == "Lines[2].Price" && e.Message == "Lines[2].Price must be at least 0");
        Assert.Contains(error.Errors, e => e.Path == "DeliveryDate" && e.Message == "The delivery date cannot be before the order date");
        Assert.Equal(0, await site.Documents.CountAsync("SaleOrder", null, site.Caller, Ct));
    }

    [Fact]
    public async Task Length_and_pattern_rules_name_the_property()
    {
        await using var site = await SalesSite();
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "Person", Doc(("Name", new string('x', 81)), ("Email", "not-an-address")), site.Caller, Ct));

        Assert.Contains(error.Errors, e => e.Path == "Name" && e.Message == "Name must have at most 80 characters (it has 81)");
        Assert.Contains(error.Errors, e => e.Path == "Email" && e.Message.StartsWith("Email does not have the expected form", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Computed_and_system_properties_cannot_be_given()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "SaleOrder", Doc(("Customer", ann.Id), ("Total", 5m), ("Owner", "mallory")), site.Caller, Ct));

        Assert.Contains(error.Errors, e => e.Path == "Total" && e.Message == "Total is computed and cannot be given");
        Assert.Contains(error.Errors, e => e.Path == "Owner" && e.Message == "Owner is set by ErpCode and cannot be given");
    }

    [Fact]
    public async Task Updating_lines_keeps_their_ids_adds_the_next_and_removes_the_missing_and_recomputes()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var order = await site.Documents.CreateAsync(
            "SaleOrder",
            Json($$"""{ "Customer": "{{ann.Id}}", "Lines": [ { "Product": "A", "Price": 1 }, { "Product": "B", "Price": 2 }, { "Product": "C", "Price": 3 } ] }"""),
            site.Caller,
            Ct);

        var updated = await site.Documents.UpdateAsync(
            "SaleOrder",
            order.Id,
            order.Version,
            Json("""{ "Lines": [ { "Id": "3", "Quantity": 2 }, { "Id": "1" }, { "Product": "D", "Price": 10 } ] }"""),
            site.Caller with { Name = "bob" },
            Ct);

        var lines = Assert.IsType<ArrayValue>(updated["Lines"]).Items.Cast<DocumentValue>().ToList();
        Assert.Equal(["3", "1", "4"], lines.Select(l => l["Id"].ToString()));
        Assert.Equal("C", lines[0]["Product"].ToString());
        Assert.Equal(6m, ((DecimalValue)lines[0]["Amount"]).Value);
        Assert.Equal(17m, ((DecimalValue)updated["Total"]!).Value);
        Assert.Equal("bob", updated["ModifiedBy"]!.ToString());
        Assert.Equal("tester", updated["Owner"]!.ToString());
        Assert.Equal(2, updated.Version);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        await site.Documents.UpdateAsync("Person", ann.Id, 1, Doc(("Name", "Anna")), site.Caller, Ct);

        await Assert.ThrowsAsync<ConcurrencyException>(() => site.Documents.UpdateAsync("Person", ann.Id, 1, Doc(("Name", "Annie")), site.Caller, Ct));
        Assert.Equal("Anna", (await site.Documents.GetAsync("Person", ann.Id, site.Caller, Ct))["Name"]!.ToString());
    }

    [Fact]
    public async Task History_records_who_when_and_each_changed_property_old_and_new()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var order = await site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{ann.Id}}", "Lines": [ { "Product": "A", "Price": 1 } ] }"""), site.Caller, Ct);
        var updated = await site.Documents.UpdateAsync("SaleOrder", order.Id, 1, Json("""{ "Status": "confirmed", "Lines": [ { "Id": "1", "Quantity": 5 } ] }"""), site.Caller with { Name = "bob" }, Ct);
        await site.Documents.DeleteAsync("SaleOrder", order.Id, updated.Version, site.Caller, Ct);

        var history = await site.Documents.HistoryAsync("SaleOrder", order.Id, site.Caller, Ct);
        Assert.Equal([DocumentAction.Created, DocumentAction.Modified, DocumentAction.Deleted], history.Select(h => h.Action));
        var modified = history[1];
        Assert.Equal("bob", modified.Author);
        Assert.Contains(modified.Changes, c => c.Path == "Status" && c.Old!.ToString() == "draft" && c.New!.ToString() == "confirmed");
        Assert.Contains(modified.Changes, c => c.Path == "Lines(1).Quantity" && ((DecimalValue)c.New!).Value == 5m);
        Assert.Contains(modified.Changes, c => c.Path == "Total");
        Assert.DoesNotContain(modified.Changes, c => c.Path == "Customer");
        Assert.Null(await site.Documents.FindAsync("SaleOrder", order.Id, site.Caller, Ct));
    }

    [Fact]
    public async Task Concurrent_creations_get_unique_consecutive_pattern_ids()
    {
        await using var site = await SalesSite();
        await using var second = await site.OpenSecondNodeAsync();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var input = Json($$"""{ "Customer": "{{ann.Id}}" }""");

        var created = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Task.Run(() => (i % 2 == 0 ? site : second).Documents.CreateAsync("SaleOrder", input, site.Caller, Ct), Ct)));

        var numbers = created.Select(d => int.Parse(d.Id[^5..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 24), numbers);
    }

    [Fact]
    public async Task A_person_an_order_refers_to_cannot_be_deleted_until_the_order_is_gone()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var order = await site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{ann.Id}}" }"""), site.Caller, Ct);

        var error = await Assert.ThrowsAsync<DocumentInUseException>(() => site.Documents.DeleteAsync("Person", ann.Id, ann.Version, site.Caller, Ct));
        Assert.Contains(order.Id, error.Message, StringComparison.Ordinal);

        await site.Documents.DeleteAsync("SaleOrder", order.Id, order.Version, site.Caller, Ct);
        await site.Documents.DeleteAsync("Person", ann.Id, ann.Version, site.Caller, Ct);
        Assert.Null(await site.Documents.FindAsync("Person", ann.Id, site.Caller, Ct));
    }

    [Fact]
    public async Task A_reference_to_a_document_of_another_type_is_refused_even_though_the_id_exists()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var order = await site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{ann.Id}}" }"""), site.Caller, Ct);

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{order.Id}}" }"""), site.Caller, Ct));

        Assert.Contains(error.Errors, e => e.Path == "Customer" && e.Message == $"Customer refers to Person '{order.Id}', which does not exist");
    }

    [Fact]
    public async Task A_child_of_another_type_or_with_a_repeated_id_or_an_unknown_property_is_refused_with_its_path()
    {
        await using var site = await SalesSite();
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "SaleOrder",
            Json($$"""
            { "Customer": "{{ann.Id}}", "Lines": [
                { "Id": "7", "Product": "A", "Price": 1 },
                { "Id": "7", "Product": "B", "Price": 1 },
                { "PortalType": "Person", "Product": "C", "Price": 1 },
                { "Product": "D", "Price": 1, "Colour": "red" },
                "not a line" ] }
            """),
            site.Caller,
            Ct));

        Assert.Contains(error.Errors, e => e.Path == "Lines[1].Id" && e.Message.Contains("'7' is used by another", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Path == "Lines[2].PortalType" && e.Message == "Lines[2].PortalType must be SaleOrderLine: a document's type cannot change");
        Assert.Contains(error.Errors, e => e.Path == "Lines[3].Colour" && e.Message.Contains("is not a property of Sale Order Line", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Path == "Lines[4]");
    }

    [Fact]
    public async Task An_unknown_portal_type_is_named_in_the_error()
    {
        await using var site = await SalesSite();
        var error = await Assert.ThrowsAsync<UnknownPortalTypeException>(() => site.Documents.CreateAsync("Invoice", DocumentValue.Empty, site.Caller, Ct));
        Assert.Contains("'Invoice'", error.Message, StringComparison.Ordinal);
    }

    private static async Task<DocumentTestSite> SalesSite()
    {
        var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        return site;
    }
}
