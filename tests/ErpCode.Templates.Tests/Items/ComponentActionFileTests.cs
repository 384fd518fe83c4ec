using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Items;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Items;

/// <summary>A Script's declaration as a site action, in its metadata file: read strictly, written canonically, and left out when there is none.</summary>
public sealed class ComponentActionFileTests
{
    private const string Metadata = "components/CustomerTotal.json";

    private static SiteAction CustomerTotal { get; } = new()
    {
        Roles = ["Sales", "Manager"],
        Parameters = [new BusinessMethodParameter("Customer", PropertyType.String, false), new BusinessMethodParameter("Since", PropertyType.Date, true)],
        Returns = PropertyType.Decimal,
    };

    [Fact]
    public void Read_gives_the_component_its_action_declaration()
    {
        var payload = ComponentOf(Fixtures.Read("tpl_actions"));

        Assert.Equal(ComponentKind.Script, payload.Kind);
        Assert.Equal(CustomerTotal, payload.Action);
    }

    [Fact]
    public void Read_of_metadata_without_an_action_gives_none()
    {
        var payload = ComponentOf(Fixtures.Read("tpl_base"));

        Assert.Null(payload.Action);
    }

    [Fact]
    public void Create_writes_the_action_in_the_canonical_layout_of_the_fixture()
    {
        var source = File.ReadAllText(Path.Combine(Fixtures.PathOf("tpl_actions"), "components", "CustomerTotal.cs"));

        var item = ItemFormats.Components.Create(new ComponentPayload("CustomerTotal", ComponentKind.Script, source, [], CustomerTotal));

        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures.PathOf("tpl_actions"), Metadata)), item.Files[Metadata]);
    }

    [Fact]
    public void Create_without_an_action_writes_no_action_field_so_existing_files_stay_byte_identical()
    {
        var fixture = Fixtures.Read("tpl_base").Items.Single(i => i.Key.Kind == TemplateItemKind.Component);

        var item = ItemFormats.Components.Create((ComponentPayload)fixture.Payload with { Action = null });

        Assert.Equal("{\n  \"kind\": \"Document\",\n  \"proxyRoles\": []\n}\n", item.Files["components/PersonClass.json"]);
        Assert.Equal(fixture.Checksum, item.Checksum);
    }

    [Fact]
    public void Written_files_read_back_to_an_equal_payload()
    {
        var written = ItemFormats.Components.Create(new ComponentPayload("CustomerTotal", ComponentKind.Script, "return 1m;", ImmutableArray.Create("Manager"), CustomerTotal with { Returns = null }));
        using var scratch = Fixtures.Copy("tpl_actions");
        foreach (var (path, text) in written.Files)
        {
            scratch.Write(path, text);
        }

        var read = ComponentOf(scratch.Read());

        Assert.Equal(written.Payload, read);
        Assert.Equal(written.Checksum, scratch.Read().Items.Single(i => i.Key.Kind == TemplateItemKind.Component).Checksum);
    }

    [Fact]
    public void Payloads_differing_only_in_the_action_are_not_equal()
    {
        var payload = new ComponentPayload("CustomerTotal", ComponentKind.Script, "return 1m;", [], CustomerTotal);

        Assert.NotEqual(payload, payload with { Action = CustomerTotal with { Roles = ["Sales"] } });
        Assert.NotEqual(payload, payload with { Action = null });
        Assert.Equal(payload, payload with { ProxyRoles = [], Action = CustomerTotal with { Roles = ["Sales", "Manager"] } });
    }

    [Fact]
    public void A_null_action_field_is_read_as_none()
    {
        using var scratch = Fixtures.Copy("tpl_actions");
        scratch.Write(Metadata, "{\n  \"kind\": \"Script\",\n  \"proxyRoles\": [],\n  \"action\": null\n}\n");

        Assert.Null(ComponentOf(scratch.Read()).Action);
    }

    [Theory]
    [InlineData("\"roles\": [\"Sales\"],\n    \"params\": []", 6, "action.params", "'params' is not an action field; the fields are roles, parameters and returns")]
    [InlineData("\"roles\": \"Sales\"", 5, "action.roles", "a list of role names")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": {}", 6, "action.parameters", "the parameters are a list of objects")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": [\n      {\n        \"name\": \"Since\",\n        \"type\": \"Date\",\n        \"optional\": \"yes\"\n      }\n    ]", 10, "action.parameters[0].optional", "optional is true or false")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": [\n      {\n        \"name\": \"Since\",\n        \"kind\": \"Date\"\n      }\n    ]", 9, "action.parameters[0].kind", "'kind' is not a parameter field; the fields are name, type and optional")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": [\n      {\n        \"name\": \"Total\",\n        \"type\": \"Money\"\n      }\n    ]", 9, "action.parameters[0].type", "'Money' is not a type an action takes; use one of String, Int, Decimal, Bool, Date, DateTime")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": [\n      {\n        \"name\": \"Total\"\n      }\n    ]", 7, "action.parameters[0]", "the parameter Total has no type")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"returns\": \"Reference\"", 6, "action.returns", "'Reference' is not a type an action returns; use one of String, Int, Decimal, Bool, Date, DateTime")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"returns\": 3", 6, "action.returns", "what the action returns is a type name")]
    // What the rules of site actions refuse is named at the field of the first problem.
    [InlineData("\"roles\": []", 5, "action.roles", "roles: name the roles that may run the action")]
    [InlineData("\"parameters\": []", 4, "action", "roles: name the roles that may run the action")]
    [InlineData("\"roles\": [\"Owner\"]", 5, "action.roles", "Owner is held on a document")]
    [InlineData("\"roles\": [\"Sales Manager\"]", 5, "action.roles", "'Sales Manager' is not a role name")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": [\n      {\n        \"name\": \"2nd\",\n        \"type\": \"Int\"\n      }\n    ]", 7, "action.parameters[0]", "parameter '2nd': a parameter name starts with a letter")]
    [InlineData("\"roles\": [\"Sales\"],\n    \"parameters\": [\n      {\n        \"name\": \"Since\",\n        \"type\": \"Date\"\n      },\n      {\n        \"name\": \"Since\",\n        \"type\": \"DateTime\"\n      }\n    ]", 11, "action.parameters[1]", "parameter 'Since' is declared twice")]
    public void A_malformed_action_names_the_file_line_and_field(string body, int line, string field, string problem)
    {
        using var scratch = Fixtures.Copy("tpl_actions");
        scratch.Write(Metadata, $"{{\n  \"kind\": \"Script\",\n  \"proxyRoles\": [],\n  \"action\": {{\n    {body}\n  }}\n}}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal((Metadata, line, field), (ex.File, ex.Line, ex.Field));
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_that_is_not_an_object_is_refused()
    {
        using var scratch = Fixtures.Copy("tpl_actions");
        scratch.Write(Metadata, "{\n  \"kind\": \"Script\",\n  \"proxyRoles\": [],\n  \"action\": [\"Sales\"]\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal((Metadata, 4, "action"), (ex.File, ex.Line, ex.Field));
        Assert.Contains("an action is an object", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_on_a_component_that_is_not_a_Script_is_refused()
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("components/PersonClass.json", "{\n  \"kind\": \"Document\",\n  \"proxyRoles\": [],\n  \"action\": {\n    \"roles\": [\"Sales\"]\n  }\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal(("components/PersonClass.json", 4, "action"), (ex.File, ex.Line, ex.Field));
        Assert.Contains("it is a Document component; only a Script component can be an action of the site", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_metadata_field_lists_action_among_the_fields()
    {
        using var scratch = Fixtures.Copy("tpl_actions");
        scratch.Write(Metadata, "{\n  \"kind\": \"Script\",\n  \"actions\": {}\n}\n");

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal((Metadata, 3, "actions"), (ex.File, ex.Line, ex.Field));
        Assert.Contains("the fields are kind, proxyRoles and action", ex.Problem, StringComparison.Ordinal);
    }

    private static ComponentPayload ComponentOf(Folders.TemplateFolder folder) =>
        (ComponentPayload)folder.Items.Single(i => i.Key.Kind == TemplateItemKind.Component).Payload;
}
