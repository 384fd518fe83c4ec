using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// Tells members that code outside the component (the framework, a LINQ operator, another component) may call back
/// in a loop of its own: lambdas, overrides and interface implementations, methods visible outside the assembly and
/// methods used as method groups. A leaf that is a callback keeps a checkpoint at its entry; other leaves need none,
/// since whoever calls them in a loop is user code with its own checkpoints.
/// </summary>
internal sealed class CallbackAnalysis(SemanticModel semanticModel)
{
    private HashSet<string>? _methodGroupNames;

    public bool IsCallback(SyntaxNode declaration) => semanticModel.GetDeclaredSymbol(declaration) switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor } => false,
        IMethodSymbol { AssociatedSymbol: { } owner } => IsOverridable(owner),
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } method => ImplementsInterface(method),
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } method => IsMethodGroup(method.Name),
        IMethodSymbol method => IsOverridable(method) || IsVisibleOutsideAssembly(method) || IsMethodGroup(method.Name),
        IPropertySymbol property => IsOverridable(property),
        _ => true,
    };

    /// <summary>True for <c>System.Linq.Expressions.Expression</c> and the types deriving from it.</summary>
    public static bool IsExpressionTree(ITypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type is { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOverridable(ISymbol member) =>
        member.IsVirtual || member.IsAbstract || member.IsOverride
        || member.ContainingType is { TypeKind: TypeKind.Interface }
        || member switch
        {
            IMethodSymbol method => !method.ExplicitInterfaceImplementations.IsEmpty,
            IPropertySymbol property => !property.ExplicitInterfaceImplementations.IsEmpty,
            IEventSymbol @event => !@event.ExplicitInterfaceImplementations.IsEmpty,
            _ => false,
        }
        || ImplementsInterface(member);

    private static bool ImplementsInterface(ISymbol member) =>
        member.ContainingType is { } type
        && type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), member));

    private static bool IsVisibleOutsideAssembly(ISymbol member)
    {
        for (ISymbol? symbol = member; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            {
                return false;
            }
        }

        return true;
    }

    // Any use of the name other than a call (or nameof) counts: a conversion to a delegate hands the method to other code.
    private bool IsMethodGroup(string name)
    {
        _methodGroupNames ??= [.. semanticModel.Compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            .Where(n => !IsCalled(n) && !InNameof(n))
            .Select(n => n.Identifier.ValueText)];
        return _methodGroupNames.Contains(name);
    }

    private static bool IsCalled(SimpleNameSyntax name)
    {
        SyntaxNode callee = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding => binding,
            _ => name,
        };
        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee;
    }

    private static bool InNameof(SyntaxNode node) => node.Ancestors().OfType<InvocationExpressionSyntax>()
        .Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });
}
