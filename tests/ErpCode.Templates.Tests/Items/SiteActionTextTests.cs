using ErpCode.Core.Components;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Items;

namespace ErpCode.Templates.Tests.Items;

/// <summary>A site action's declaration as text, as OData's Components set and the portal show and take it.</summary>
public sealed class SiteActionTextTests
{
    [Fact]
    public void Written_text_reads_back_to_an_equal_declaration()
    {
        var action = new SiteAction
        {
            Parameters = [new BusinessMethodParameter("Customer", PropertyType.String, Optional: false), new BusinessMethodParameter("Since", PropertyType.Date, Optional: true)],
            Returns = PropertyType.Decimal,
            Roles = ["Sales", "Manager"],
        };

        var text = SiteActionText.Write(action);

        Assert.StartsWith("{\n  \"roles\": [", text, StringComparison.Ordinal);
        Assert.Equal(action, SiteActionText.Read(text, "the action"));
    }

    [Theory]
    [InlineData("{\n  \"roles\": [\"Sales\"],\n  \"parameters\": [],\n  \"returns\": \"Money\"\n}", 4, "action.returns")]
    [InlineData("{\n  \"roles\": [\"Sales\"],\n  \"parameters\": [\n    {\n      \"name\": \"Since\",\n      \"kind\": \"Date\"\n    }\n  ]\n}", 6, "action.parameters[0].kind")]
    [InlineData("{\n  \"roles\": [],\n  \"parameters\": []\n}", 2, "action.roles")]
    [InlineData("{\n  \"roles\": [\"Sales\"],\n  \"parameters\": [\n", 4, "")]
    public void A_problem_names_the_line_of_the_text_and_the_field(string text, int line, string field)
    {
        var ex = Assert.Throws<TemplateFormatException>(() => SiteActionText.Read(text, "the action of X"));

        Assert.Equal(("the action of X", line, field), (ex.File, ex.Line, ex.Field));
    }
}
