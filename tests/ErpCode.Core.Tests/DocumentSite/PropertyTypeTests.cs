using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>Every property type goes in as a client writes it and comes back in its exact stored form.</summary>
public sealed class PropertyTypeTests
{
    private static readonly PropertySheet AllTypes = new()
    {
        Name = "AllTypes",
        Properties =
        [
            new PropertyDefinition { Name = "S", Type = PropertyType.String },
            new PropertyDefinition { Name = "T", Type = PropertyType.Text },
            new PropertyDefinition { Name = "I", Type = PropertyType.Int },
            new PropertyDefinition { Name = "D", Type = PropertyType.Decimal },
            new PropertyDefinition { Name = "M", Type = PropertyType.Money },
            new PropertyDefinition { Name = "B", Type = PropertyType.Bool },
            new PropertyDefinition { Name = "Day", Type = PropertyType.Date },
            new PropertyDefinition { Name = "At", Type = PropertyType.DateTime },
            new PropertyDefinition { Name = "E", Type = PropertyType.Enum, Values = ["low", "high"] },
            new PropertyDefinition { Name = "C", Type = PropertyType.Category, Category = "region" },
            new PropertyDefinition { Name = "R", Type = PropertyType.Reference, Target = "Person" },
            new PropertyDefinition { Name = "Tags", Type = PropertyType.String, List = true },
            new PropertyDefinition { Name = "Amounts", Type = PropertyType.Money, List = true },
            new PropertyDefinition { Name = "Days", Type = PropertyType.Date, List = true },
            new PropertyDefinition { Name = "Regions", Type = PropertyType.Category, Category = "region", List = true },
            new PropertyDefinition { Name = "People", Type = PropertyType.Reference, Target = "Person", List = true },
        ],
    };

    private static readonly PortalType Sample = new() { Name = "Sample", PropertySheets = ["AllTypes"] };

    [Fact]
    public async Task Every_property_type_is_stored_in_its_exact_form_and_read_back()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Definitions.SaveAsync(AllTypes, site.Caller, TestContext.Current.CancellationToken);
        await site.Definitions.SaveAsync(Sample, site.Caller, TestContext.Current.CancellationToken);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, TestContext.Current.CancellationToken);

        var created = await site.Documents.CreateAsync(
            "Sample",
            Json($$"""
            {
              "S": "one line", "T": "two\nlines", "I": 42, "D": "12345678901234567.891", "M": { "Amount": 10.50, "Currency": "EUR" },
              "B": true, "Day": "2026-02-28", "At": "2026-11-26T10:30:00+01:00", "E": "high", "C": "europe/france", "R": "{{ann.Id}}",
              "Tags": ["a", "b"], "Amounts": [{ "Amount": 1, "Currency": "USD" }], "Days": ["2026-01-01"], "Regions": ["asia", "europe/germany"], "People": ["{{ann.Id}}"]
            }
            """),
            site.Caller,
            TestContext.Current.CancellationToken);

        var read = await site.Documents.GetAsync("Sample", created.Id, site.Caller, TestContext.Current.CancellationToken);
        Assert.Equal("one line", Assert.IsType<StringValue>(read["S"]).Value);
        Assert.Equal("two\nlines", Assert.IsType<StringValue>(read["T"]).Value);
        Assert.Equal(42L, Assert.IsType<Int64Value>(read["I"]).Value);
        Assert.Equal(12345678901234567.891m, Assert.IsType<DecimalValue>(read["D"]).Value);
        var money = Assert.IsType<DocumentValue>(read["M"]);
        Assert.Equal(10.50m, Assert.IsType<DecimalValue>(money["Amount"]).Value);
        Assert.Equal("EUR", money["Currency"].ToString());
        Assert.Equal(BoolValue.True, read["B"]);
        Assert.Equal(new DateOnly(2026, 2, 28), Assert.IsType<DateValue>(read["Day"]).Value);
        Assert.Equal(new DateTime(2026, 11, 26, 9, 30, 0, DateTimeKind.Utc), Assert.IsType<DateTimeValue>(read["At"]).Value);
        Assert.Equal("high", read["E"]!.ToString());
        Assert.Equal("europe/france", read["C"]!.ToString());
        Assert.Equal(ann.Id, read["R"]!.ToString());
        Assert.Equal(2, Assert.IsType<ArrayValue>(read["Tags"]).Count);
        Assert.IsType<DocumentValue>(Assert.IsType<ArrayValue>(read["Amounts"])[0]);
        Assert.IsType<DateValue>(Assert.IsType<ArrayValue>(read["Days"])[0]);
        Assert.Equal(2, Assert.IsType<ArrayValue>(read["Regions"]).Count);
        Assert.Equal(ann.Id, Assert.IsType<ArrayValue>(read["People"])[0].ToString());
    }

    [Fact]
    public async Task Wrong_kinds_are_all_reported_at_once_with_their_paths_and_nothing_is_written()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Definitions.SaveAsync(AllTypes, site.Caller, TestContext.Current.CancellationToken);
        await site.Definitions.SaveAsync(Sample, site.Caller, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "Sample",
            Json("""
            {
              "S": "two\nlines", "I": 1.5, "D": true, "M": { "Amount": 3 }, "B": "yes", "Day": "28/02/2026",
              "At": "2026-11-26T10:30:00", "E": "medium", "C": "europe/spain", "R": "nobody", "Tags": "a", "Days": ["2026-01-01", 5], "Nope": 1
            }
            """),
            site.Caller,
            TestContext.Current.CancellationToken));

        var paths = error.Errors.Select(e => e.Path).ToHashSet();
        Assert.Superset(new HashSet<string> { "S", "I", "D", "M", "B", "Day", "At", "Tags", "Days", "Nope" }, paths);
        Assert.Contains(error.Errors, e => e.Path == "I" && e.Message.Contains("whole number", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Path == "Days" && e.Message.Contains("item 1", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Path == "Nope" && e.Message.Contains("not a property", StringComparison.Ordinal));
        Assert.Equal(0, await site.Documents.CountAsync("Sample", null, site.Caller, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Enum_category_and_reference_values_are_checked_against_the_site()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Definitions.SaveAsync(AllTypes, site.Caller, TestContext.Current.CancellationToken);
        await site.Definitions.SaveAsync(Sample, site.Caller, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "Sample",
            Json("""{ "E": "medium", "C": "europe/spain", "R": "nobody", "Regions": ["asia", "mars"], "People": ["ghost"] }"""),
            site.Caller,
            TestContext.Current.CancellationToken));

        Assert.Contains(error.Errors, e => e.Path == "E" && e.Message == "E must be one of low, high, not 'medium'");
        Assert.Contains(error.Errors, e => e.Path == "C" && e.Message.Contains("'europe/spain' is not a category of region", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Path == "R" && e.Message == "R refers to Person 'nobody', which does not exist");
        Assert.Contains(error.Errors, e => e.Path == "Regions[1]");
        Assert.Contains(error.Errors, e => e.Path == "People[0]");
    }

    internal static DocumentValue Doc(params (string Name, DocValue Value)[] fields) => DocumentValue.Create(fields);

    internal static DocumentValue Json(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return (DocumentValue)PlainJson.Read(document.RootElement);
    }
}
