using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>An invalid definition is refused with the definition and field named, and the running site keeps working as before.</summary>
public sealed class InvalidDefinitionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_expression_that_does_not_compile_is_refused_naming_its_definition_and_field_and_the_site_keeps_running()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var revision = await site.Store.GetRevisionAsync(Ct);

        var broken = SalesDefinitions.LineSheet with
        {
            Properties = [.. SalesDefinitions.LineSheet.Properties.Select(p => p.Name == "Amount" ? p with { Computed = "Document.GetDecimal(\"Quantity\") * " } : p)],
        };
        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.SaveAsync(broken, site.Caller, Ct));

        Assert.Contains(error.Problems, p => p.Definition == "PropertySheet LineSheet" && p.Field.Contains("Amount", StringComparison.Ordinal));
        Assert.Equal(revision, await site.Store.GetRevisionAsync(Ct));
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var order = await site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{ann.Id}}", "Lines": [ { "Product": "A", "Price": 2 } ] }"""), site.Caller, Ct);
        Assert.Equal(2m, ((DecimalValue)order["Total"]!).Value);
    }

    [Fact]
    public async Task An_expression_that_breaks_the_sandbox_is_refused()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var sheet = new PropertySheet { Name = "Evil", Properties = [new PropertyDefinition { Name = "X", DefaultExpression = "System.IO.File.ReadAllText(\"/etc/passwd\")" }] };
        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.SaveAsync(sheet, site.Caller, Ct));
        Assert.Contains(error.Problems, p => p.Definition == "PropertySheet Evil" && p.Message.Contains("File", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_child_type_that_does_not_exist_and_a_containment_cycle_are_refused()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);

        var missing = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.SaveAsync(
            SalesDefinitions.Person with { AllowedContentTypes = [new ContainedType { Type = "Ghost", Property = "Ghosts" }] }, site.Caller, Ct));
        Assert.Contains(missing.Problems, p => p.Definition == "PortalType Person" && p.Field == "allowedContentTypes[0].type");

        var cycle = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.SaveAsync(
            SalesDefinitions.SaleOrderLine with { AllowedContentTypes = [new ContainedType { Type = "SaleOrder", Property = "Orders" }] }, site.Caller, Ct));
        Assert.Contains(cycle.Problems, p => p.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_property_type_in_json_is_refused_naming_the_field()
    {
        var error = Assert.Throws<InvalidDefinitionException>(() => DefinitionCodec.Read<PropertySheet>(
            """{ "name": "Bad", "properties": [ { "name": "A" }, { "name": "B", "type": "Money2" } ] }""", "PropertySheet Bad"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("PropertySheet Bad", problem.Definition);
        Assert.Contains("properties[1].type", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_property_names_are_refused_and_nothing_is_saved()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var sheet = new PropertySheet { Name = "Twice", Properties = [new PropertyDefinition { Name = "Code" }, new PropertyDefinition { Name = "code" }] };
        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.SaveAsync(sheet, site.Caller, Ct));
        Assert.Contains(error.Problems, p => p.Field == "properties[1].name");
        Assert.Empty((await site.DefinitionStore.LoadAsync(Ct)).PropertySheets);
    }

    [Fact]
    public async Task A_sheet_still_used_by_a_type_cannot_be_deleted_but_an_unused_one_can()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.DeleteAsync(DefinitionKind.PropertySheet, "PersonSheet", site.Caller, Ct));
        Assert.Contains("still used", error.Message, StringComparison.Ordinal);

        await site.Definitions.SaveAsync(new PropertySheet { Name = "Spare" }, site.Caller, Ct);
        await site.Definitions.DeleteAsync(DefinitionKind.PropertySheet, "Spare", site.Caller, Ct);
        var history = await site.Definitions.HistoryAsync(DefinitionKind.PropertySheet, "Spare", site.Caller, Ct);
        Assert.Equal(2, history.Count);
        Assert.Null(history[1].Json);
    }
}
