using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// The syntax walk behind <see cref="CheckpointRewriter"/>: loops, gotos and catch clauses here, bodies in
/// <c>.Bodies.cs</c>, query clauses in <c>.Queries.cs</c>. Semantic questions are asked of the original nodes; the
/// plans of the bodies being visited are stacked, so a loop knows which checkpoint to call.
/// </summary>
internal sealed partial class CheckpointSyntaxRewriter(SemanticModel semanticModel) : CSharpSyntaxRewriter
{
    private readonly Stack<BodyPlan> _bodies = new();
    private readonly CallbackAnalysis _callbacks = new(semanticModel);
    private int _catchVariables;
    private int _locals;

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(WithLoopCheck(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(WithLoopCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(WithLoopCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(WithLoopCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(WithLoopCheck(visited.Statement));
    }

    // A backward goto (or goto case) loops without a loop statement.
    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node) =>
        WithLoopCheck((StatementSyntax)base.VisitGotoStatement(node)!);

    /// <summary>
    /// <c>catch (T e) when (F)</c> becomes <c>catch (T e) when (Budget.CanCatch(e) &amp;&amp; (F))</c>; a catch without a
    /// variable gets one and a bare <c>catch</c> catches <see cref="Exception"/>. CanCatch comes first so the user's
    /// filter never runs for a budget exception.
    /// </summary>
    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        var catchKeyword = visited.CatchKeyword;
        var declaration = visited.Declaration;
        SyntaxToken variable;
        if (declaration is null)
        {
            variable = NewCatchVariable();
            declaration = BudgetSyntax.ExceptionDeclaration(variable).WithTrailingTrivia(BudgetSyntax.OrSpace(catchKeyword.TrailingTrivia));
            catchKeyword = catchKeyword.WithTrailingTrivia(SyntaxFactory.Space);
        }
        else if (declaration.Identifier.IsKind(SyntaxKind.None))
        {
            variable = NewCatchVariable();
            declaration = declaration.WithIdentifier(variable.WithLeadingTrivia(SyntaxFactory.Space));
        }
        else
        {
            variable = declaration.Identifier;
        }

        var canCatch = BudgetSyntax.CanCatch(variable);
        CatchFilterClauseSyntax filter;
        if (visited.Filter is { } existing)
        {
            filter = existing.WithFilterExpression(BinaryExpression(
                SyntaxKind.LogicalAndExpression,
                canCatch.WithTrailingTrivia(SyntaxFactory.Space),
                Token(default, SyntaxKind.AmpersandAmpersandToken, TriviaList(SyntaxFactory.Space)),
                ParenthesizedExpression(existing.FilterExpression)));
        }
        else
        {
            var afterDeclaration = declaration.GetTrailingTrivia();
            declaration = declaration.WithTrailingTrivia(SyntaxFactory.Space);
            filter = CatchFilterClause(
                Token(default, SyntaxKind.WhenKeyword, TriviaList(SyntaxFactory.Space)),
                Token(SyntaxKind.OpenParenToken),
                canCatch,
                Token(default, SyntaxKind.CloseParenToken, afterDeclaration));
        }

        return visited.WithCatchKeyword(catchKeyword).WithDeclaration(declaration).WithFilter(filter);
    }

    private BlockSyntax WithLoopCheck(StatementSyntax statement) =>
        BudgetSyntax.WithCheck(statement, BudgetSyntax.LoopCheck(_bodies.TryPeek(out var body) ? body : null));

    // Numbered, so a catch nested in another catch's block never redeclares the outer one's variable.
    private SyntaxToken NewCatchVariable() => Identifier($"__budgetException{++_catchVariables}");

    // Numbered, because a lambda may not declare a local its enclosing method already has.
    private string NewLocal() => $"__budget{++_locals}";

    private static InvalidOperationException NotCompiled(SyntaxNode node) => new(
        $"The checkpoint rewriter cannot bind the {node.Kind()} at line {node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}; rewrite only code that compiles.");
}
