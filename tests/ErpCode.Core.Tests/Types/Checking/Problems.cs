using ErpCode.Core.Types;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.Types.Checking;

/// <summary>Checks a site and asserts the one problem it must have: its definition, its field and a part of its message.</summary>
internal static class Problems
{
    public static DefinitionProblem Single(SiteDefinitions site, string definition, string field, string message)
    {
        var problems = DefinitionChecker.Check(site);
        var problem = Assert.Single(problems);
        AssertIs(problem, definition, field, message);
        return problem;
    }

    /// <summary>Asserts <paramref name="site"/> has a problem with this definition, field and message part (others may come with it).</summary>
    public static void Has(SiteDefinitions site, string definition, string field, string message)
    {
        var problems = DefinitionChecker.Check(site);
        Assert.True(
            problems.Any(p => p.Definition == definition && p.Field == field && p.Message.Contains(message, StringComparison.Ordinal)),
            $"Expected '{definition}, {field}: …{message}…' among: {string.Join(" | ", problems)}");
    }

    public static void AssertIs(DefinitionProblem problem, string definition, string field, string message)
    {
        Assert.Equal(definition, problem.Definition);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The sales site plus a sheet named Extra (used by no type) holding <paramref name="properties"/>.</summary>
    public static SiteDefinitions WithExtraSheet(params PropertyDefinition[] properties) =>
        SalesSite.Site.With(new PropertySheet { Name = "Extra", Properties = [.. properties] });
}
