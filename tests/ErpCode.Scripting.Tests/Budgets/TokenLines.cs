using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Compares the lines of the tokens of a tree before and after the rewrite.</summary>
internal static class TokenLines
{
    // Each line of the rewritten text holds the original line's tokens, in order, with inserted tokens between them.
    // Only the arrow and the semicolon of an expression-bodied member may go, replaced by braces on the same line.
    public static void AssertKept(SyntaxTree original, SyntaxTree rewritten)
    {
        var before = TokensByLine(original);
        var after = TokensByLine(rewritten);
        Assert.Equal(original.GetText().Lines.Count, rewritten.GetText().Lines.Count);
        foreach (var (line, tokens) in before)
        {
            var candidates = after.GetValueOrDefault(line, []);
            var next = 0;
            foreach (var token in tokens)
            {
                var found = candidates.FindIndex(next, t => t.Text == token.Text);
                if (found < 0 && token.Kind() is SyntaxKind.EqualsGreaterThanToken or SyntaxKind.SemicolonToken)
                {
                    continue;
                }

                Assert.True(found >= 0, $"Line {line + 1}: '{token.Text}' moved. Before: {string.Join(" ", tokens)}  After: {string.Join(" ", candidates)}");
                next = found + 1;
            }
        }
    }

    private static Dictionary<int, List<SyntaxToken>> TokensByLine(SyntaxTree tree) => tree.GetRoot()
        .DescendantTokens()
        .Where(t => !t.IsKind(SyntaxKind.EndOfFileToken))
        .GroupBy(t => t.GetLocation().GetLineSpan().StartLinePosition.Line)
        .ToDictionary(g => g.Key, g => g.ToList());
}
