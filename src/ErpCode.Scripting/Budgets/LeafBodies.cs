using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// Tells leaves: bodies that can neither run other code nor allocate (arithmetic on primitives and <c>Math</c>, locals,
/// fields, auto-properties, array elements, loops over them). A leaf cannot recurse or grow memory, so it needs no <c>Budget.Enter</c> and
/// <c>try/finally</c>, which would stop the JIT inlining a getter or a small helper; its loops only poll for time and
/// cancellation. Anything not on the list (calls, property access, object or array creation, boxing, user operators
/// and conversions, lambdas, patterns) means "not a leaf".
/// </summary>
internal static class LeafBodies
{
    public static bool IsLeaf(SemanticModel semanticModel, SyntaxNode body) =>
        semanticModel.GetOperation(body) is { } operation
        && operation.DescendantsAndSelf().All(IsAllowed);

    private static bool IsAllowed(IOperation operation) => operation switch
    {
        IBlockOperation or IExpressionStatementOperation or IReturnOperation or IEmptyOperation or IBranchOperation => true,
        IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation or IVariableInitializerOperation => true,
        ILiteralOperation or ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
        IFieldReferenceOperation or IDefaultValueOperation or ITypeOfOperation or ISizeOfOperation or IIsTypeOperation => true,
        IConditionalOperation or IWhileLoopOperation or IForLoopOperation or IThrowOperation => true,
        IArrayElementReferenceOperation => true,
        ISimpleAssignmentOperation => true,
        IForEachLoopOperation loop => Unconverted(loop.Collection).Type is IArrayTypeSymbol,
        IBinaryOperation binary => binary.OperatorMethod is null && IsPrimitive(binary.LeftOperand.Type) && IsPrimitive(binary.RightOperand.Type),
        IUnaryOperation unary => unary.OperatorMethod is null && IsPrimitive(unary.Operand.Type),
        IIncrementOrDecrementOperation step => step.OperatorMethod is null && IsPrimitive(step.Target.Type),
        ICompoundAssignmentOperation compound => compound.OperatorMethod is null && IsPrimitive(compound.Target.Type) && IsPrimitive(compound.Value.Type),
        IConversionOperation conversion => conversion.OperatorMethod is null && conversion.GetConversion() is { IsUserDefined: false, IsBoxing: false },
        IPropertyReferenceOperation property => IsLength(property) || IsPlainAutoProperty(property.Property),
        IInvocationOperation invocation => IsArithmetic(invocation.TargetMethod),
        IArgumentOperation => true,
        _ => false,
    };

    // Math.Round, Math.Max, decimal.Truncate…: static, primitives in and out, no user code, no allocation.
    private static bool IsArithmetic(IMethodSymbol method) =>
        method.IsStatic
        && method.ContainingType is { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } type
        && (type.Name is "Math" or "MathF" || IsPrimitive(type))
        && IsPrimitive(method.ReturnType)
        && method.Parameters.All(p => p.RefKind == RefKind.None && IsPrimitive(p.Type));

    private static bool IsLength(IPropertyReferenceOperation property) =>
        property.Property.Name == "Length" && property.Instance?.Type is IArrayTypeSymbol or { SpecialType: SpecialType.System_String };

    // A non-virtual auto-property declared in the component: its accessors run no user code.
    private static bool IsPlainAutoProperty(IPropertySymbol property) =>
        property is { IsVirtual: false, IsAbstract: false, IsOverride: false, IsIndexer: false, ContainingType.TypeKind: not TypeKind.Interface }
        && !property.DeclaringSyntaxReferences.IsEmpty
        && IsAutoAccessor(property.GetMethod)
        && IsAutoAccessor(property.SetMethod);

    private static bool IsAutoAccessor(IMethodSymbol? accessor) =>
        accessor is null
        || accessor.IsImplicitlyDeclared
        || accessor.DeclaringSyntaxReferences.All(r => r.GetSyntax() is AccessorDeclarationSyntax { Body: null, ExpressionBody: null });

    private static IOperation Unconverted(IOperation operation) =>
        operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;

    private static bool IsPrimitive(ITypeSymbol? type) =>
        type is { SpecialType: >= SpecialType.System_Boolean and <= SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr }
            or { TypeKind: TypeKind.Enum };
}
