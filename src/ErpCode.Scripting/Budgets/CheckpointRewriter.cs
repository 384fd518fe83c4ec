using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// Inserts budget checkpoints into stored code after the sandbox check. Every method, accessor, operator, local function
/// and lambda body that can call other code or allocate gets <c>BudgetThread b = Budget.Enter(); try { … } finally
/// { b.Exit(); }</c> and its loops <c>b.Check();</c>; a leaf (<see cref="LeafBodies"/>) gets <c>Budget.Poll();</c> in its
/// loops and, when other code can call it back (<see cref="CallbackAnalysis"/>), at its entry; top-level loops, gotos
/// and query clauses call <c>Budget.Check</c>; every catch filter calls <c>Budget.CanCatch</c> first.
/// Every original token keeps its line, so stack traces from the emitted PDB name the user's lines.
/// </summary>
internal static class CheckpointRewriter
{
    /// <summary>
    /// Rewrites the tree of <paramref name="semanticModel"/>, a regular or a script (<see cref="SourceCodeKind.Script"/>) tree.
    /// The model tells void from value-returning expression bodies and leaves expression-tree lambdas alone.
    /// </summary>
    /// <exception cref="ArgumentException">The tree has syntax errors.</exception>
    /// <exception cref="InvalidOperationException">The tree does not bind, so a body's return type is unknown.</exception>
    public static SyntaxTree Rewrite(SemanticModel semanticModel)
    {
        ArgumentNullException.ThrowIfNull(semanticModel);
        var tree = semanticModel.SyntaxTree;
        if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new ArgumentException($"Only code that compiles can be rewritten; {tree.FilePath} has a syntax error: {error}", nameof(semanticModel));
        }

        var root = new CheckpointSyntaxRewriter(semanticModel).Visit(tree.GetRoot());
        return tree.WithRootAndOptions(root, tree.Options);
    }

    /// <summary>Rewrites every tree of <paramref name="compilation"/>, using its semantic models.</summary>
    public static CSharpCompilation Rewrite(CSharpCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var rewritten = compilation;
        foreach (var tree in compilation.SyntaxTrees)
        {
            rewritten = rewritten.ReplaceSyntaxTree(tree, Rewrite(compilation.GetSemanticModel(tree)));
        }

        return rewritten;
    }
}
