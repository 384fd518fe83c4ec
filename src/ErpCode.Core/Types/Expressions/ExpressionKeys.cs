using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Types.Expressions;

/// <summary>The one naming of the expressions written in definitions: where each is written, as a reader finds it.</summary>
public static class ExpressionKeys
{
    /// <summary>A key split into the definition it names (<c>PropertySheet Amounts</c>) and the place in it (<c>property Total, Computed</c>).</summary>
    public static (string Definition, string Field) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var comma = key.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? (key, string.Empty) : (key[..comma], key[(comma + 2)..]);
    }

    public static string Title(PortalType type) => $"PortalType {type.Name}, TitleExpression";

    public static string Default(PropertySheet sheet, PropertyDefinition property) => $"PropertySheet {sheet.Name}, property {property.Name}, DefaultExpression";

    public static string Computed(PropertySheet sheet, PropertyDefinition property) => $"PropertySheet {sheet.Name}, property {property.Name}, Computed";

    public static string Guard(Workflow workflow, WorkflowTransition transition) => $"Workflow {workflow.Name}, transition {transition.Id}, guard";

    public static string Variable(Workflow workflow, WorkflowVariable variable) => $"Workflow {workflow.Name}, variable {variable.Name}";

    public static string Constraint(PropertySheet sheet, ConstraintDefinition constraint) => $"PropertySheet {sheet.Name}, constraint {constraint.Name}";
}
