using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.Components;

/// <summary>What a site action declaration must say, which components may be one, and who may run one.</summary>
public sealed class SiteActionRulesTests
{
    private static SiteAction Sound { get; } = new()
    {
        Roles = ["Sales", "Manager"],
        Parameters = [new BusinessMethodParameter("Customer", PropertyType.String, false), new BusinessMethodParameter("Since", PropertyType.Date, true)],
        Returns = PropertyType.Decimal,
    };

    [Fact]
    public void Check_of_a_sound_declaration_finds_no_problem()
    {
        Assert.Empty(SiteActionRules.Check(Sound));
        Assert.Empty(SiteActionRules.Check(Sound with { Parameters = [], Returns = null }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2nd")]
    [InlineData("Sales Total")]
    [InlineData("Total-Due")]
    public void Check_of_a_parameter_name_that_is_not_an_identifier_names_the_parameter(string name)
    {
        var problems = SiteActionRules.Check(Sound with { Parameters = [new BusinessMethodParameter(name, PropertyType.Int, false)] });

        Assert.Equal($"parameter '{name}': a parameter name starts with a letter and holds only letters, digits and '_' (at most 64)", Assert.Single(problems));
    }

    [Fact]
    public void Check_of_a_parameter_name_longer_than_64_is_a_problem()
    {
        var name = new string('a', 65);

        Assert.StartsWith($"parameter '{name}'", Assert.Single(SiteActionRules.Check(Sound with { Parameters = [new BusinessMethodParameter(name, PropertyType.Int, false)] })), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_parameter_declared_twice_says_so_once()
    {
        var problems = SiteActionRules.Check(Sound with
        {
            Parameters = [new BusinessMethodParameter("Since", PropertyType.Date, false), new BusinessMethodParameter("Since", PropertyType.DateTime, true)],
        });

        Assert.Equal("parameter 'Since' is declared twice", Assert.Single(problems));
    }

    [Theory]
    [InlineData(PropertyType.Text)]
    [InlineData(PropertyType.Money)]
    public void Check_of_a_parameter_of_a_type_an_action_does_not_take_lists_the_types(PropertyType type)
    {
        var problems = SiteActionRules.Check(Sound with { Parameters = [new BusinessMethodParameter("Amount", type, false)] });

        Assert.Equal($"parameter 'Amount': a parameter is one of String, Int, Decimal, Bool, Date, DateTime, not {type}", Assert.Single(problems));
    }

    [Fact]
    public void Check_of_a_result_of_a_type_an_action_does_not_return_names_returns()
    {
        var problems = SiteActionRules.Check(Sound with { Returns = PropertyType.Money });

        Assert.Equal("returns: an action returns one of String, Int, Decimal, Bool, Date, DateTime or nothing, not Money", Assert.Single(problems));
    }

    [Fact]
    public void Check_of_a_declaration_without_roles_asks_for_them_whether_empty_or_never_set()
    {
        Assert.StartsWith("roles: name the roles that may run the action", Assert.Single(SiteActionRules.Check(Sound with { Roles = [] })), StringComparison.Ordinal);
        Assert.StartsWith("roles: name the roles that may run the action", Assert.Single(SiteActionRules.Check(Sound with { Roles = default })), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_role_that_is_not_a_role_name_names_it()
    {
        var problem = Assert.Single(SiteActionRules.Check(Sound with { Roles = ["Sales Manager"] }));

        Assert.StartsWith("roles: 'Sales Manager' is not a role name: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_the_Owner_role_refuses_it_because_an_action_runs_on_no_document()
    {
        Assert.Equal("roles: Owner is held on a document, and a site action runs on none", Assert.Single(SiteActionRules.Check(Sound with { Roles = ["Owner"] })));
    }

    [Fact]
    public void Check_reports_every_problem_at_once()
    {
        var problems = SiteActionRules.Check(new SiteAction
        {
            Parameters = [new BusinessMethodParameter("1st", PropertyType.Money, false)],
            Returns = PropertyType.Text,
        });

        Assert.Collection(
            problems,
            p => Assert.StartsWith("parameter '1st': a parameter name", p, StringComparison.Ordinal),
            p => Assert.StartsWith("parameter '1st': a parameter is one of", p, StringComparison.Ordinal),
            p => Assert.StartsWith("returns:", p, StringComparison.Ordinal),
            p => Assert.StartsWith("roles:", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ComponentKind.Script, true)]
    [InlineData(ComponentKind.Module, false)]
    [InlineData(ComponentKind.Document, false)]
    [InlineData(ComponentKind.Test, false)]
    public void Allowed_only_for_Script_components(ComponentKind kind, bool allowed)
    {
        Assert.Equal(allowed, SiteActionRules.Allowed(kind));
    }

    [Fact]
    public void MayRun_for_a_holder_of_one_of_its_roles_or_ErpCode_itself_only()
    {
        Assert.True(SiteActionRules.MayRun(Sound, new Caller("sam", ["Sales"])));
        Assert.False(SiteActionRules.MayRun(Sound, new Caller("alice", ["Author"])));
        Assert.True(SiteActionRules.MayRun(Sound, Caller.System));
    }
}
