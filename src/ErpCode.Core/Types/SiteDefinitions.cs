using System.Collections.Immutable;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Types;

/// <summary>Every definition of a site at one revision: portal types, property sheets, base categories, workflows and roles.</summary>
public sealed record SiteDefinitions(
    ImmutableArray<PortalType> PortalTypes,
    ImmutableArray<PropertySheet> PropertySheets,
    ImmutableArray<BaseCategory> Categories)
{
    public static SiteDefinitions Empty { get; } = new([], [], []);

    public ImmutableArray<Workflow> Workflows { get; init; } = [];

    /// <summary>The roles the site stores (the built-in ones exist without being stored).</summary>
    public ImmutableArray<RoleDefinition> Roles { get; init; } = [];

    /// <summary>Every expression written in these definitions, keyed by where it is written.</summary>
    public IReadOnlyList<ExpressionSource> Expressions()
    {
        var sources = new List<ExpressionSource>();
        foreach (var type in PortalTypes)
        {
            if (!string.IsNullOrWhiteSpace(type.TitleExpression))
            {
                sources.Add(new ExpressionSource(ExpressionKeys.Title(type), type.TitleExpression, ExpressionRole.Title));
            }
        }

        foreach (var sheet in PropertySheets)
        {
            foreach (var property in sheet.Properties)
            {
                if (!string.IsNullOrWhiteSpace(property.DefaultExpression))
                {
                    sources.Add(new ExpressionSource(ExpressionKeys.Default(sheet, property), property.DefaultExpression, ExpressionRole.Default));
                }

                if (!string.IsNullOrWhiteSpace(property.Computed))
                {
                    sources.Add(new ExpressionSource(ExpressionKeys.Computed(sheet, property), property.Computed, ExpressionRole.Computed));
                }
            }

            foreach (var constraint in sheet.Constraints)
            {
                sources.Add(new ExpressionSource(ExpressionKeys.Constraint(sheet, constraint), constraint.Expression, ExpressionRole.Constraint));
            }
        }

        foreach (var workflow in Workflows)
        {
            foreach (var transition in workflow.Transitions)
            {
                if (!string.IsNullOrWhiteSpace(transition.Guard.Expression))
                {
                    sources.Add(new ExpressionSource(ExpressionKeys.Guard(workflow, transition), transition.Guard.Expression, ExpressionRole.Guard));
                }
            }

            foreach (var variable in workflow.Variables)
            {
                if (!string.IsNullOrWhiteSpace(variable.Expression))
                {
                    sources.Add(new ExpressionSource(ExpressionKeys.Variable(workflow, variable), variable.Expression, ExpressionRole.Variable));
                }
            }
        }

        // Keys are unique when names are; a set with a duplicate name is refused by the definition check anyway.
        return [.. sources.DistinctBy(s => s.Key, StringComparer.Ordinal)];
    }

    public SiteDefinitions With(PortalType type) => this with { PortalTypes = [.. PortalTypes.Where(t => t.Name != type.Name), type] };

    public SiteDefinitions With(PropertySheet sheet) => this with { PropertySheets = [.. PropertySheets.Where(s => s.Name != sheet.Name), sheet] };

    public SiteDefinitions With(Workflow workflow) => this with { Workflows = [.. Workflows.Where(w => w.Name != workflow.Name), workflow] };

    public SiteDefinitions With(RoleDefinition role) => this with { Roles = [.. Roles.Where(r => r.Name != role.Name), role] };

    public SiteDefinitions With(BaseCategory category) => this with { Categories = [.. Categories.Where(c => c.Name != category.Name), category] };
}
