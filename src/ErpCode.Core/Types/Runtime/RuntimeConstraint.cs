using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;

namespace ErpCode.Core.Types.Runtime;

/// <summary>A constraint of a portal type, from one of its sheets, with the key of its compiled expression.</summary>
public sealed class RuntimeConstraint(PropertySheet sheet, ConstraintDefinition definition)
{
    public string Sheet { get; } = sheet.Name;

    public ConstraintDefinition Definition { get; } = definition;

    public string ExpressionKey { get; } = ExpressionKeys.Constraint(sheet, definition);
}
