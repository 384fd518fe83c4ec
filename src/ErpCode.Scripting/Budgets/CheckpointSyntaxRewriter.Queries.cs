using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// Query clauses: each expression that runs once per element becomes <c>Budget.Check(expression)</c>, because a
/// query's lambdas have no syntax to put a statement in. Queries whose operators take expression trees are left alone.
/// </summary>
internal sealed partial class CheckpointSyntaxRewriter
{
    private readonly Dictionary<QueryExpressionSyntax, bool> _delegateQueries = [];

    // The first from's source is evaluated once; a later from's runs per element (SelectMany).
    public override SyntaxNode? VisitFromClause(FromClauseSyntax node)
    {
        var visited = (FromClauseSyntax)base.VisitFromClause(node)!;
        return node.Parent is QueryBodySyntax ? visited.WithExpression(Checked(node.Expression, visited.Expression)) : visited;
    }

    public override SyntaxNode? VisitLetClause(LetClauseSyntax node)
    {
        var visited = (LetClauseSyntax)base.VisitLetClause(node)!;
        return visited.WithExpression(Checked(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitWhereClause(WhereClauseSyntax node)
    {
        var visited = (WhereClauseSyntax)base.VisitWhereClause(node)!;
        return visited.WithCondition(Checked(node.Condition, visited.Condition));
    }

    public override SyntaxNode? VisitJoinClause(JoinClauseSyntax node)
    {
        var visited = (JoinClauseSyntax)base.VisitJoinClause(node)!;
        return visited
            .WithLeftExpression(Checked(node.LeftExpression, visited.LeftExpression))
            .WithRightExpression(Checked(node.RightExpression, visited.RightExpression));
    }

    public override SyntaxNode? VisitOrdering(OrderingSyntax node)
    {
        var visited = (OrderingSyntax)base.VisitOrdering(node)!;
        return visited.WithExpression(Checked(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitSelectClause(SelectClauseSyntax node)
    {
        var visited = (SelectClauseSyntax)base.VisitSelectClause(node)!;
        return visited.WithExpression(Checked(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitGroupClause(GroupClauseSyntax node)
    {
        var visited = (GroupClauseSyntax)base.VisitGroupClause(node)!;
        return visited
            .WithGroupExpression(Checked(node.GroupExpression, visited.GroupExpression))
            .WithByExpression(Checked(node.ByExpression, visited.ByExpression));
    }

    private ExpressionSyntax Checked(ExpressionSyntax original, ExpressionSyntax visited) =>
        CanCheck(original) ? BudgetSyntax.Check(visited) : visited;

    // Budget.Check<T>(value) needs a type to infer that can be a type argument.
    private bool CanCheck(ExpressionSyntax original) =>
        original is not AnonymousFunctionExpressionSyntax
        && semanticModel.GetTypeInfo(original).Type is { IsRefLikeType: false } type
        && type.SpecialType != SpecialType.System_Void
        && type.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error)
        && IsDelegateQuery(original.FirstAncestorOrSelf<QueryExpressionSyntax>()!);

    private bool IsDelegateQuery(QueryExpressionSyntax query)
    {
        if (!_delegateQueries.TryGetValue(query, out var result))
        {
            result = !QueryMethods(query).Any(m => m.Parameters.Any(p => CallbackAnalysis.IsExpressionTree(p.Type)));
            _delegateQueries[query] = result;
        }

        return result;
    }

    private IEnumerable<IMethodSymbol> QueryMethods(QueryExpressionSyntax query)
    {
        var symbols = new List<ISymbol?>();
        AddClause(query.FromClause);
        for (var body = query.Body; body is not null; body = body.Continuation?.Body)
        {
            foreach (var clause in body.Clauses)
            {
                AddClause(clause);
                if (clause is OrderByClauseSyntax orderBy)
                {
                    symbols.AddRange(orderBy.Orderings.Select(o => semanticModel.GetSymbolInfo(o).Symbol));
                }
            }

            symbols.Add(semanticModel.GetSymbolInfo(body.SelectOrGroup).Symbol);
        }

        return symbols.OfType<IMethodSymbol>();

        void AddClause(QueryClauseSyntax clause)
        {
            var info = semanticModel.GetQueryClauseInfo(clause);
            symbols.Add(info.CastInfo.Symbol);
            symbols.Add(info.OperationInfo.Symbol);
        }
    }
}
