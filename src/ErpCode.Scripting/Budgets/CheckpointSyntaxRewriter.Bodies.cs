using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// Bodies: <c>Budget.Enter()</c> with <c>try/finally</c> around everything that can be called and can call, a plain
/// poll (or nothing) for leaves (<see cref="LeafBodies"/>), which cannot recurse or allocate.
/// </summary>
internal sealed partial class CheckpointSyntaxRewriter
{
    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) => VisitMember(node, base.VisitMethodDeclaration);

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => VisitMember(node, base.VisitConstructorDeclaration);

    public override SyntaxNode? VisitDestructorDeclaration(DestructorDeclarationSyntax node) => VisitMember(node, base.VisitDestructorDeclaration);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) => VisitMember(node, base.VisitOperatorDeclaration);

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) => VisitMember(node, base.VisitConversionOperatorDeclaration);

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var plan = Plan(node.Body ?? (SyntaxNode?)node.ExpressionBody, node.Body, () => _callbacks.IsCallback(node));
        var visited = (AccessorDeclarationSyntax)Within(plan, () => base.VisitAccessorDeclaration(node))!;
        return Guard(node, plan, visited.Body, visited.ExpressionBody, visited.SemicolonToken) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var plan = Plan(node.Body ?? (SyntaxNode?)node.ExpressionBody, node.Body, () => _callbacks.IsCallback(node));
        var visited = (LocalFunctionStatementSyntax)Within(plan, () => base.VisitLocalFunctionStatement(node))!;
        return Guard(node, plan, visited.Body, visited.ExpressionBody, visited.SemicolonToken) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    // int P => x;  becomes  int P { get { … return x; … } }, unless the getter needs no guard at all.
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var plan = node.ExpressionBody is null ? null : Plan(node.ExpressionBody, null, () => _callbacks.IsCallback(node));
        var visited = (PropertyDeclarationSyntax)Within(plan, () => base.VisitPropertyDeclaration(node))!;
        return visited.ExpressionBody is { } arrow && plan is { Guard: not BodyGuard.None }
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow, visited.SemicolonToken, plan))
            : visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var plan = node.ExpressionBody is null ? null : Plan(node.ExpressionBody, null, () => _callbacks.IsCallback(node));
        var visited = (IndexerDeclarationSyntax)Within(plan, () => base.VisitIndexerDeclaration(node))!;
        return visited.ExpressionBody is { } arrow && plan is { Guard: not BodyGuard.None }
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow, visited.SemicolonToken, plan))
            : visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        VisitAnonymousFunction(node, base.VisitParenthesizedLambdaExpression);

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        VisitAnonymousFunction(node, base.VisitSimpleLambdaExpression);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) =>
        VisitAnonymousFunction(node, base.VisitAnonymousMethodExpression);

    private BaseMethodDeclarationSyntax VisitMember<T>(T node, Func<T, SyntaxNode?> visitChildren)
        where T : BaseMethodDeclarationSyntax
    {
        var plan = Plan(node.Body ?? (SyntaxNode?)node.ExpressionBody, node.Body, () => _callbacks.IsCallback(node));
        var visited = (BaseMethodDeclarationSyntax)Within(plan, () => visitChildren(node))!;
        return Guard(node, plan, visited.Body, visited.ExpressionBody, visited.SemicolonToken) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    private SyntaxNode? VisitAnonymousFunction<T>(T node, Func<T, SyntaxNode?> visitChildren)
        where T : AnonymousFunctionExpressionSyntax
    {
        // A lambda converted to an expression tree is data for a LINQ provider, and a block body would not compile.
        if (CallbackAnalysis.IsExpressionTree(semanticModel.GetTypeInfo(node).ConvertedType))
        {
            return node;
        }

        var plan = Plan(node.Body, node.Block, () => true)!;
        var visited = (AnonymousFunctionExpressionSyntax)Within(plan, () => visitChildren(node))!;
        if (visited.Block is { } block)
        {
            return visited.WithBlock(BudgetSyntax.Guard(block, plan));
        }

        if (visited.ExpressionBody is { } expression)
        {
            var symbol = semanticModel.GetSymbolInfo(node).Symbol as IMethodSymbol ?? throw NotCompiled(node);
            return visited.WithExpressionBody(null).WithBlock(BudgetSyntax.Guard(expression, ReturnsValue(symbol), plan));
        }

        return visited;
    }

    private BodyPlan? Plan(SyntaxNode? originalBody, BlockSyntax? originalBlock, Func<bool> isCallback)
    {
        if (originalBody is null)
        {
            return null;
        }

        if (originalBlock is not null && IsIterator(originalBlock))
        {
            return new BodyPlan(BodyGuard.Probe, NewLocal());
        }

        if (!LeafBodies.IsLeaf(semanticModel, originalBody))
        {
            return new BodyPlan(BodyGuard.Enter, NewLocal());
        }

        return new BodyPlan(isCallback() ? BodyGuard.Poll : BodyGuard.None, null);
    }

    private SyntaxNode? Within(BodyPlan? plan, Func<SyntaxNode?> visitChildren)
    {
        if (plan is null)
        {
            return visitChildren();
        }

        _bodies.Push(plan);
        try
        {
            return visitChildren();
        }
        finally
        {
            _bodies.Pop();
        }
    }

    private BlockSyntax? Guard(SyntaxNode declaration, BodyPlan? plan, BlockSyntax? body, ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon)
    {
        if (plan is null or { Guard: BodyGuard.None })
        {
            return body;
        }

        if (body is not null)
        {
            return BudgetSyntax.Guard(body, plan);
        }

        if (arrow is null)
        {
            return null;
        }

        var symbol = semanticModel.GetDeclaredSymbol(declaration) as IMethodSymbol ?? throw NotCompiled(declaration);
        return BudgetSyntax.Guard(arrow, semicolon, ReturnsValue(symbol), plan);
    }

    private static AccessorListSyntax Getter(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, BodyPlan plan)
    {
        var body = BudgetSyntax.Guard(arrow.WithArrowToken(arrow.ArrowToken.WithLeadingTrivia()), semicolon.WithTrailingTrivia(), returnsValue: true, plan);
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body.WithTrailingTrivia(SyntaxFactory.Space))
            .WithKeyword(Token(default, SyntaxKind.GetKeyword, TriviaList(SyntaxFactory.Space)));
        return AccessorList(
            Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(SyntaxFactory.Space)),
            SingletonList(getter),
            Token(default, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
    }

    // An async method returning a plain Task (or ValueTask) has no value to return either.
    private static bool ReturnsValue(IMethodSymbol method) =>
        !method.ReturnsVoid && !(method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false });

    private static bool IsIterator(BlockSyntax body) => body
        .DescendantNodes(n => n is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax))
        .OfType<YieldStatementSyntax>()
        .Any();
}
