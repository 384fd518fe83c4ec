using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// The code the checkpoint rewriter inserts. Inserted tokens carry spaces, never line breaks, and the trivia of the
/// original tokens moves with them, so every original token stays on its line and the PDB keeps the user's line numbers.
/// </summary>
internal static class BudgetSyntax
{
    private const string Runtime = "global::ErpCode.Scripting.Runtime";

    private static readonly SyntaxTriviaList Space = TriviaList(SyntaxFactory.Space);
    private static readonly StatementSyntax CheckStatement = Statement($"{Runtime}.Budget.Check();");
    private static readonly StatementSyntax PollStatement = Statement($"{Runtime}.Budget.Poll();");
    private static readonly ExpressionSyntax CheckMethod = ParseExpression($"{Runtime}.Budget.Check");
    private static readonly ExpressionSyntax CanCatchMethod = ParseExpression($"{Runtime}.Budget.CanCatch");
    private static readonly TypeSyntax ExceptionType = ParseTypeName("global::System.Exception");

    /// <summary>The checkpoint of a loop body or a <c>goto</c> in a body with <paramref name="plan"/> (none: top-level code).</summary>
    public static StatementSyntax LoopCheck(BodyPlan? plan) => plan switch
    {
        null => CheckStatement,
        { Local: { } local } => Statement($"{local}.Check();"),
        _ => PollStatement,
    };

    /// <summary><c>{ check; body }</c>: a checkpoint in front of a loop body or a <c>goto</c>; a single statement becomes a block.</summary>
    public static BlockSyntax WithCheck(StatementSyntax body, StatementSyntax check)
    {
        if (body is BlockSyntax block)
        {
            return Build(block.OpenBraceToken.LeadingTrivia, block.OpenBraceToken.TrailingTrivia, [check], block.Statements, block.CloseBraceToken.LeadingTrivia, block.CloseBraceToken.TrailingTrivia, exitLocal: null);
        }

        return Build(body.GetLeadingTrivia(), Space, [check], SingletonList(body.WithoutTrivia()), Space, body.GetTrailingTrivia(), exitLocal: null);
    }

    /// <summary>A block body guarded by <paramref name="plan"/>, the braces of the new outer block on the lines of the original ones.</summary>
    public static BlockSyntax Guard(BlockSyntax body, BodyPlan plan) => Build(
        body.OpenBraceToken.LeadingTrivia,
        body.OpenBraceToken.TrailingTrivia,
        Prefix(plan),
        body.Statements,
        body.CloseBraceToken.LeadingTrivia,
        body.CloseBraceToken.TrailingTrivia,
        ExitLocal(plan));

    /// <summary>A member's <c>=&gt; expression;</c> as a guarded block, laid out where the arrow and the semicolon were.</summary>
    public static BlockSyntax Guard(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool returnsValue, BodyPlan plan) => Build(
        arrow.ArrowToken.LeadingTrivia,
        arrow.ArrowToken.TrailingTrivia,
        Prefix(plan),
        SingletonList(BodyStatement(arrow.Expression, semicolon.WithTrailingTrivia(), returnsValue)),
        Space,
        semicolon.TrailingTrivia,
        ExitLocal(plan));

    /// <summary>A lambda's expression body as a guarded block.</summary>
    public static BlockSyntax Guard(ExpressionSyntax body, bool returnsValue, BodyPlan plan) => Build(
        body.GetLeadingTrivia(),
        Space,
        Prefix(plan),
        SingletonList(BodyStatement(body.WithoutTrivia(), Token(SyntaxKind.SemicolonToken), returnsValue)),
        Space,
        body.GetTrailingTrivia(),
        ExitLocal(plan));

    /// <summary><c>Budget.Check(expression)</c>, in place of a query clause's expression.</summary>
    public static ExpressionSyntax Check(ExpressionSyntax expression) =>
        InvocationExpression(CheckMethod, ArgumentList(SingletonSeparatedList(Argument(expression.WithoutTrivia()))))
            .WithLeadingTrivia(expression.GetLeadingTrivia())
            .WithTrailingTrivia(expression.GetTrailingTrivia());

    /// <summary><c>Budget.CanCatch(variable)</c>, for a catch filter.</summary>
    public static ExpressionSyntax CanCatch(SyntaxToken variable) =>
        InvocationExpression(CanCatchMethod, ArgumentList(SingletonSeparatedList(Argument(IdentifierName(variable.WithoutTrivia())))));

    /// <summary><c>(global::System.Exception name)</c>, for a bare <c>catch</c>.</summary>
    public static CatchDeclarationSyntax ExceptionDeclaration(SyntaxToken variable) =>
        CatchDeclaration(ExceptionType.WithTrailingTrivia(Space), variable);

    /// <summary>The trivia for a token inserted next to a given one: a single space when there is none.</summary>
    public static SyntaxTriviaList OrSpace(SyntaxTriviaList trivia) => trivia.Count == 0 ? Space : trivia;

    private static StatementSyntax[] Prefix(BodyPlan plan) => plan switch
    {
        { Guard: BodyGuard.Enter, Local: { } local } => [Statement($"{Runtime}.BudgetThread {local} = {Runtime}.Budget.Enter();")],
        { Guard: BodyGuard.Probe, Local: { } local } => [Statement($"{Runtime}.BudgetThread {local} = {Runtime}.Budget.Enter();"), Statement($"{local}.Exit();")],
        { Guard: BodyGuard.Poll } => [PollStatement],
        _ => [],
    };

    private static string? ExitLocal(BodyPlan plan) => plan.Guard == BodyGuard.Enter ? plan.Local : null;

    // { prefix try { statements } finally { local.Exit(); } }, or { prefix statements } without an exit.
    private static BlockSyntax Build(
        SyntaxTriviaList leading,
        SyntaxTriviaList afterOpen,
        StatementSyntax[] prefix,
        SyntaxList<StatementSyntax> statements,
        SyntaxTriviaList beforeClose,
        SyntaxTriviaList trailing,
        string? exitLocal)
    {
        var open = Token(leading, SyntaxKind.OpenBraceToken, prefix.Length == 0 ? OrSpace(afterOpen) : Space);
        if (exitLocal is null)
        {
            if (prefix.Length > 0)
            {
                prefix[^1] = prefix[^1].WithTrailingTrivia(OrSpace(afterOpen));
            }

            return Block(open, List([.. prefix, .. statements]), Token(OrSpace(beforeClose), SyntaxKind.CloseBraceToken, trailing));
        }

        var tryBlock = Block(Token(default, SyntaxKind.OpenBraceToken, OrSpace(afterOpen)), statements, Token(OrSpace(beforeClose), SyntaxKind.CloseBraceToken, Space));
        var finallyBlock = Block(Token(default, SyntaxKind.OpenBraceToken, Space), SingletonList(Statement($"{exitLocal}.Exit();")), Token(default, SyntaxKind.CloseBraceToken, Space));
        var tryStatement = TryStatement(
            default,
            Token(default, SyntaxKind.TryKeyword, Space),
            tryBlock,
            default,
            FinallyClause(Token(default, SyntaxKind.FinallyKeyword, Space), finallyBlock));
        return Block(open, List([.. prefix, tryStatement]), Token(default, SyntaxKind.CloseBraceToken, trailing));
    }

    private static StatementSyntax BodyStatement(ExpressionSyntax expression, SyntaxToken semicolon, bool returnsValue)
    {
        if (expression is ThrowExpressionSyntax thrown)
        {
            return ThrowStatement(default, thrown.ThrowKeyword, thrown.Expression, semicolon);
        }

        return returnsValue
            ? ReturnStatement(default, Token(expression.GetLeadingTrivia(), SyntaxKind.ReturnKeyword, Space), expression.WithoutLeadingTrivia(), semicolon)
            : ExpressionStatement(default, expression, semicolon);
    }

    private static StatementSyntax Statement(string text) => ParseStatement(text).WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space);
}
