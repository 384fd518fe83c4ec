using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// Walks one syntax tree and checks, with its semantic model, every symbol the source names or binds: names (types,
/// members, attributes, base types, aliases, var), constructors, operators, indexers, conversions, foreach,
/// collection initializers, deconstruction and query clauses. Language constructs and declarations are checked in
/// the other parts of this class. <c>nameof(...)</c> is skipped: it only produces a string.
/// </summary>
internal sealed partial class SandboxSyntaxWalker : CSharpSyntaxWalker
{
    private readonly SemanticModel _model;
    private readonly SandboxSymbolPolicy _policy;
    private readonly SandboxFindings _findings;
    private readonly CancellationToken _cancellationToken;

    public SandboxSyntaxWalker(SemanticModel model, SandboxSymbolPolicy policy, SandboxFindings findings, CancellationToken cancellationToken)
        : base(SyntaxWalkerDepth.Token)
    {
        _model = model;
        _policy = policy;
        _findings = findings;
        _cancellationToken = cancellationToken;
    }

    // A name not written with type arguments may still stand for a constructed symbol whose arguments the source
    // never spells out (var, an alias, an inferred generic method): those are checked with it.
    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        CheckBound(node, withTypeArguments: true);
        base.VisitIdentifierName(node);
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        CheckBound(node, withTypeArguments: false);
        base.VisitGenericName(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        if (node.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && _model.GetConstantValue(node, _cancellationToken).HasValue)
        {
            return;
        }

        base.VisitInvocationExpression(node);
    }

    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitObjectCreationExpression(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitElementAccessExpression(node);
    }

    public override void VisitImplicitElementAccess(ImplicitElementAccessSyntax node)
    {
        CheckBound(node);
        base.VisitImplicitElementAccess(node);
    }

    public override void VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitBinaryExpression(node);
    }

    public override void VisitPostfixUnaryExpression(PostfixUnaryExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitPostfixUnaryExpression(node);
    }

    public override void VisitCastExpression(CastExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitCastExpression(node);
    }

    public override void VisitRangeExpression(RangeExpressionSyntax node)
    {
        CheckBound(node);
        base.VisitRangeExpression(node);
    }

    public override void VisitAttribute(AttributeSyntax node)
    {
        CheckBound(node);
        base.VisitAttribute(node);
    }

    public override void VisitConstructorInitializer(ConstructorInitializerSyntax node)
    {
        CheckBound(node);
        base.VisitConstructorInitializer(node);
    }

    public override void VisitPrimaryConstructorBaseType(PrimaryConstructorBaseTypeSyntax node)
    {
        CheckBound(node);
        base.VisitPrimaryConstructorBaseType(node);
    }

    public override void VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            if (node.Left is TupleExpressionSyntax or DeclarationExpressionSyntax)
            {
                CheckDeconstruction(_model.GetDeconstructionInfo(node), node.Right);
            }
        }
        else
        {
            CheckBound(node);
        }

        base.VisitAssignmentExpression(node);
    }

    public override void VisitForEachStatement(ForEachStatementSyntax node)
    {
        Check(_model.GetForEachStatementInfo(node).GetEnumeratorMethod, node.Expression);
        base.VisitForEachStatement(node);
    }

    public override void VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        Check(_model.GetForEachStatementInfo(node).GetEnumeratorMethod, node.Expression);
        CheckDeconstruction(_model.GetDeconstructionInfo(node), node.Variable);
        base.VisitForEachVariableStatement(node);
    }

    public override void VisitInitializerExpression(InitializerExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.CollectionInitializerExpression))
        {
            foreach (var element in node.Expressions)
            {
                Check(_model.GetCollectionInitializerSymbolInfo(element, _cancellationToken).Symbol, element);
            }
        }

        base.VisitInitializerExpression(node);
    }

    public override void VisitFromClause(FromClauseSyntax node)
    {
        CheckQueryClause(node);
        base.VisitFromClause(node);
    }

    public override void VisitLetClause(LetClauseSyntax node)
    {
        CheckQueryClause(node);
        base.VisitLetClause(node);
    }

    public override void VisitJoinClause(JoinClauseSyntax node)
    {
        CheckQueryClause(node);
        base.VisitJoinClause(node);
    }

    public override void VisitWhereClause(WhereClauseSyntax node)
    {
        CheckQueryClause(node);
        base.VisitWhereClause(node);
    }

    public override void VisitOrdering(OrderingSyntax node)
    {
        CheckBound(node);
        base.VisitOrdering(node);
    }

    public override void VisitSelectClause(SelectClauseSyntax node)
    {
        CheckBound(node);
        base.VisitSelectClause(node);
    }

    public override void VisitGroupClause(GroupClauseSyntax node)
    {
        CheckBound(node);
        base.VisitGroupClause(node);
    }

    private void CheckBound(SyntaxNode node, bool withTypeArguments = false) =>
        Check(_model.GetSymbolInfo(node, _cancellationToken).Symbol, node, withTypeArguments);

    private void CheckQueryClause(QueryClauseSyntax node)
    {
        var info = _model.GetQueryClauseInfo(node, _cancellationToken);
        Check(info.CastInfo.Symbol, node);
        Check(info.OperationInfo.Symbol, node);
    }

    private void CheckDeconstruction(DeconstructionInfo info, SyntaxNode node)
    {
        Check(info.Method, node);
        foreach (var nested in info.Nested)
        {
            CheckDeconstruction(nested, node);
        }
    }

    private void Check(ISymbol? symbol, SyntaxNode node, bool withTypeArguments = false)
    {
        if (symbol is not null && _policy.Check(symbol, withTypeArguments) is { } rejection)
        {
            _findings.Add(rejection, node.GetLocation());
        }
    }
}
