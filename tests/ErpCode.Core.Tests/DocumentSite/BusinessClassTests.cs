using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>A business class (Document component) gives a portal type behaviour; documents keep working when it is edited.</summary>
public sealed class BusinessClassTests
{
    private const string PersonClass = """
        using ErpCode.Scripting;

        public sealed class PersonClass : DocumentClass
        {
            protected override void BeforeSave()
            {
                Document.Set("Name", Document.GetString("Name")!.Trim());
            }

            protected override void Check(DocumentChecks checks)
            {
                if (Document.GetString("Name") == "Nobody")
                {
                    checks.Fail("Name", "Name cannot be Nobody");
                }
            }
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BeforeSave_changes_are_saved_and_Check_failures_come_back_with_the_type_rules()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync("PersonClass", ComponentKind.Document, PersonClass, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, site.Caller, Ct);

        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "  Ann  ")), site.Caller, Ct);
        Assert.Equal("Ann", ann["Name"]!.ToString());

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync(
            "Person", Doc(("Name", "Nobody"), ("Email", "bad")), site.Caller, Ct));
        Assert.Contains(error.Errors, e => e.Path == "Name" && e.Message.Contains("Name cannot be Nobody", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Path == "Email");
    }

    [Fact]
    public async Task Documents_keep_working_when_their_class_is_edited_because_the_stored_type_is_the_portal_type()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync("PersonClass", ComponentKind.Document, PersonClass, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, site.Caller, Ct);
        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", " Ann ")), site.Caller, Ct);

        await site.Components.SaveAsync("PersonClass", ComponentKind.Document, PersonClass.Replace(".Trim()", ".Trim().ToUpperInvariant()", StringComparison.Ordinal), site.Caller, Ct);
        await site.Runtime.RefreshAsync(Ct);

        var updated = await site.Documents.UpdateAsync("Person", ann.Id, ann.Version, Doc(("Name", " anna ")), site.Caller, Ct);
        Assert.Equal("ANNA", updated["Name"]!.ToString());
        Assert.Equal("Person", updated.PortalType);
    }

    [Fact]
    public async Task A_class_setting_an_unknown_property_is_reported_and_nothing_is_written()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync(
            "PersonClass",
            ComponentKind.Document,
            "using ErpCode.Scripting;\npublic sealed class PersonClass : DocumentClass\n{\n    protected override void BeforeSave() => Document.Set(\"Secret\", 1);\n}\n",
            site.Caller,
            Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, site.Caller, Ct);

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct));
        Assert.Contains(error.Errors, e => e.Message.Contains("PersonClass set Secret", StringComparison.Ordinal));
        Assert.Equal(0, await site.Documents.CountAsync("Person", null, site.Caller, Ct));
    }

    [Fact]
    public async Task A_class_that_throws_names_the_component_and_line_and_nothing_is_written()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync(
            "PersonClass",
            ComponentKind.Document,
            "using ErpCode.Scripting;\npublic sealed class PersonClass : DocumentClass\n{\n    protected override void BeforeSave()\n    {\n        throw new System.InvalidOperationException(\"no\");\n    }\n}\n",
            site.Caller,
            Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, site.Caller, Ct);

        var error = await Assert.ThrowsAnyAsync<ErpCode.Core.Errors.ErpCodeException>(() => site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct));
        Assert.Contains("PersonClass (Document, v1) line 6", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await site.Documents.CountAsync("Person", null, site.Caller, Ct));
    }

    [Fact]
    public async Task Documents_written_by_AfterSave_through_the_portal_are_validated_and_commit_with_the_document()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync("PersonClass", ComponentKind.Document, AfterSaveCreates("\"Contact of \" + Document.Id"), site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, site.Caller, Ct);

        var ann = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);

        var people = await site.Documents.QueryAsync("Person", new ErpCode.Core.Storage.Queries.Query(), site.Caller, Ct);
        Assert.Equal(2, people.Documents.Count);
        var contact = Assert.Single(people.Documents, d => d.Id != ann.Id);
        Assert.Equal($"Contact of {ann.Id}", contact["Name"]!.ToString());
        Assert.Equal("tester", contact["Owner"]!.ToString());
    }

    [Fact]
    public async Task A_failed_write_in_AfterSave_rolls_back_the_document_too()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync("PersonClass", ComponentKind.Document, AfterSaveCreates("\"\""), site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { BusinessClass = "PersonClass" }, site.Caller, Ct);

        var error = await Assert.ThrowsAnyAsync<ErpCode.Core.Errors.ErpCodeException>(() => site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct));

        Assert.Contains("Name is required", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await site.Documents.CountAsync("Person", null, site.Caller, Ct));
    }

    /// <summary>A Person class whose AfterSave creates one more Person (only for people it did not create itself) named by <paramref name="name"/>.</summary>
    private static string AfterSaveCreates(string name) => $$"""
        using System.Collections.Generic;
        using ErpCode.Scripting;

        public sealed class PersonClass : DocumentClass
        {
            protected override void AfterSave()
            {
                if (IsNew && !Document.GetString("Name")!.StartsWith("Contact of ", System.StringComparison.Ordinal) && Document.GetString("Name")!.Length > 0)
                {
                    Context.Portal.Create("Person", "", null, new Dictionary<string, object?> { ["Name"] = {{name}} });
                }
            }
        }
        """;
}
