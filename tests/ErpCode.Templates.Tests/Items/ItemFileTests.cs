using ErpCode.Templates.Errors;
using ErpCode.Templates.Items;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Items;

/// <summary>Item files: one per item, read strictly; a file that does not parse is refused naming the file and the line.</summary>
public sealed class ItemFileTests
{
    [Fact]
    public void Read_gives_one_item_per_file_in_kind_order()
    {
        var folder = Fixtures.Read("tpl_base");

        Assert.Equal(
            ["Role Clerk", "Category region", "PropertySheet Contact", "Workflow PersonWorkflow", "PortalType Person", "Component PersonClass", "Data Person/P-1"],
            folder.Items.Select(i => i.Key.ToString()));
        Assert.Equal(["components/PersonClass.cs", "components/PersonClass.json"], folder.Items.Single(i => i.Key.Kind == TemplateItemKind.Component).Files.Keys);
    }

    [Fact]
    public void A_json_syntax_error_names_the_file_and_line()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("portal_types/Person.json", "{\n  \"name\": \"Person\",\n  \"title\": \"Person\"\n  \"entitySet\": \"Persons\"\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal("portal_types/Person.json", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_names_the_file_line_and_field()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("property_sheets/Contact.json", "{\n  \"name\": \"Contact\",\n  \"properties\": [\n    {\n      \"name\": \"Email\",\n      \"type\": \"Money2\"\n    }\n  ]\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal("property_sheets/Contact.json", ex.File);
        Assert.Equal(6, ex.Line);
        Assert.Equal("properties[0].type", ex.Field);
        Assert.Contains("not a property type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_whose_name_differs_from_its_file_is_refused()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("roles/Clerk.json", "{\n  \"name\": \"Cleric\"\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal(("roles/Clerk.json", 2, "name"), (ex.File, ex.Line, ex.Field));
    }

    [Fact]
    public void Component_metadata_with_an_unknown_kind_names_the_file_and_line()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("components/PersonClass.json", "{\n  \"kind\": \"Gizmo\",\n  \"proxyRoles\": []\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal(("components/PersonClass.json", 2, "kind"), (ex.File, ex.Line, ex.Field));
    }

    [Fact]
    public void A_component_without_metadata_is_refused()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        File.Delete(Path.Combine(scratch.Path, "components", "PersonClass.json"));

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal("components/PersonClass.cs", ex.File);
    }

    [Fact]
    public void A_data_file_setting_a_site_stamp_names_the_line()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("data/Person/P-1.json", "{\n  \"Name\": \"Ada\",\n  \"Owner\": \"mallory\"\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal(("data/Person/P-1.json", 3, "Owner"), (ex.File, ex.Line, ex.Field));
    }

    [Fact]
    public void An_unknown_folder_is_refused_rather_than_ignored()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        Directory.CreateDirectory(Path.Combine(scratch.Path, "portaltypes"));

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal("portaltypes", ex.File);
    }
}
