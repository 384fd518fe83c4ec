using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// Declarations stored code may not make: static mutable state, code that runs outside the budgets (static
/// constructors, finalizers), types derived from partly allowed types, and names that would hide ErpCode's or the
/// base library's (the checkpoint rewriter's calls and the compiler's well-known attributes must bind to theirs).
/// </summary>
internal sealed partial class SandboxSyntaxWalker
{
    private static readonly string[] ReservedNamespaces = ["System", "Microsoft", "ErpCode.Scripting"];

    public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        // Static readonly too: its initializer runs in a type initializer, outside budgets, and a collection in it
        // would still be shared state. Constants are the static data stored code may keep.
        if (node.Modifiers.Any(SyntaxKind.StaticKeyword) && !node.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            foreach (var variable in node.Declaration.Variables)
            {
                ReportDeclared(SandboxRules.StaticState, variable, "static field");
            }
        }

        base.VisitFieldDeclaration(node);
    }

    public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        if (node.Modifiers.Any(SyntaxKind.StaticKeyword) && !node.Modifiers.Any(SyntaxKind.AbstractKeyword) && node.AccessorList is { } accessors)
        {
            var kind = accessors.Accessors.Any(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration))
                ? "static property with a setter"
                : accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null) && !node.Modifiers.Any(SyntaxKind.PartialKeyword)
                    ? "static auto-property"
                    : accessors.DescendantNodes().Any(n => n is FieldExpressionSyntax)
                        ? "static property backed by 'field'"
                        : null;
            if (kind is not null)
            {
                ReportDeclared(SandboxRules.StaticState, node, kind);
            }
        }

        base.VisitPropertyDeclaration(node);
    }

    public override void VisitEventFieldDeclaration(EventFieldDeclarationSyntax node)
    {
        if (node.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            foreach (var variable in node.Declaration.Variables)
            {
                ReportDeclared(SandboxRules.StaticState, variable, "static event");
            }
        }

        base.VisitEventFieldDeclaration(node);
    }

    public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        if (node.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            ReportDeclared(SandboxRules.OutsideBudget, node, "static constructor");
        }

        base.VisitConstructorDeclaration(node);
    }

    public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node)
    {
        ReportDeclared(SandboxRules.OutsideBudget, node, "finalizer");
        base.VisitDestructorDeclaration(node);
    }

    public override void VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        CheckTypeDeclaration(node);
        base.VisitClassDeclaration(node);
    }

    public override void VisitStructDeclaration(StructDeclarationSyntax node)
    {
        CheckTypeDeclaration(node);
        base.VisitStructDeclaration(node);
    }

    public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
    {
        CheckTypeDeclaration(node);
        base.VisitRecordDeclaration(node);
    }

    public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
    {
        CheckTypeDeclaration(node);
        base.VisitInterfaceDeclaration(node);
    }

    public override void VisitEnumDeclaration(EnumDeclarationSyntax node)
    {
        CheckTypeName(node);
        base.VisitEnumDeclaration(node);
    }

    public override void VisitDelegateDeclaration(DelegateDeclarationSyntax node)
    {
        CheckTypeName(node);
        base.VisitDelegateDeclaration(node);
    }

    public override void VisitNamespaceDeclaration(NamespaceDeclarationSyntax node)
    {
        CheckNamespaceName(node);
        base.VisitNamespaceDeclaration(node);
    }

    public override void VisitFileScopedNamespaceDeclaration(FileScopedNamespaceDeclarationSyntax node)
    {
        CheckNamespaceName(node);
        base.VisitFileScopedNamespaceDeclaration(node);
    }

    private void CheckTypeDeclaration(TypeDeclarationSyntax node)
    {
        CheckTypeName(node);
        foreach (var baseType in node.BaseList?.Types ?? [])
        {
            if (_model.GetTypeInfo(baseType.Type, _cancellationToken).Type is INamedTypeSymbol type && !_policy.MayDeriveFrom(type))
            {
                _findings.Add(SandboxRules.BaseType, baseType.GetLocation(), $"base type {SandboxFindings.Quote(type)}");
            }
        }
    }

    // A type beside a namespace of the same name (class ErpCode, or class Runtime in ErpCode.Scripting) wins over
    // that namespace in the compiler's lookup, so global::ErpCode.Scripting.Runtime.Budget would bind to user code.
    private void CheckTypeName(MemberDeclarationSyntax node)
    {
        if (node.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax) || node.SyntaxTree.Options.Kind == SourceCodeKind.Script)
        {
            return;
        }

        // The declared symbol's namespace is the source one; the compilation's merges in the referenced assemblies'.
        if (_model.GetDeclaredSymbol(node, _cancellationToken) is { } type
            && _model.Compilation.GetCompilationNamespace(type.ContainingNamespace) is { } merged
            && merged.GetNamespaceMembers().Any(n => n.Name == type.Name))
        {
            ReportDeclared(SandboxRules.ReservedName, node, "type");
        }
    }

    private void CheckNamespaceName(BaseNamespaceDeclarationSyntax node)
    {
        if (_model.GetDeclaredSymbol(node, _cancellationToken) is not { } ns)
        {
            return;
        }

        var name = ns.ToDisplayString();
        if (ReservedNamespaces.Any(r => name == r || name.StartsWith(r + ".", StringComparison.Ordinal)))
        {
            _findings.Add(SandboxRules.ReservedName, node.Name.GetLocation(), $"namespace '{name}'");
        }
    }

    private void ReportDeclared(DiagnosticDescriptor rule, SyntaxNode declaration, string kind)
    {
        var symbol = _model.GetDeclaredSymbol(declaration, _cancellationToken);
        var location = declaration switch
        {
            VariableDeclaratorSyntax v => v.Identifier.GetLocation(),
            BaseTypeDeclarationSyntax t => t.Identifier.GetLocation(),
            DelegateDeclarationSyntax d => d.Identifier.GetLocation(),
            PropertyDeclarationSyntax p => p.Identifier.GetLocation(),
            ConstructorDeclarationSyntax c => c.Identifier.GetLocation(),
            DestructorDeclarationSyntax f => f.Identifier.GetLocation(),
            _ => declaration.GetLocation(),
        };
        _findings.Add(rule, location, symbol is null ? kind : $"{kind} {SandboxFindings.Quote(symbol)}");
    }
}
