using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Types.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// What an expression written in a definition must be before it is compiled: exactly one C# expression (so no
/// statement can ride along, as in <c>1); File.Delete("x"); (1</c>), without preprocessor directives; and for a
/// constraint, a bool.
/// </summary>
internal static class ExpressionRules
{
    public const string NotOneExpression = "ERP3001";
    public const string Directive = "ERP3002";
    public const string ConstraintNotBool = "ERP3003";

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    /// <summary>The reasons <paramref name="code"/> cannot be embedded as one expression, with lines and columns within it; empty when it can.</summary>
    public static ImmutableArray<ComponentDiagnostic> CheckSyntax(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var expression = SyntaxFactory.ParseExpression(code, options: Parse, consumeFullText: true);
        var text = SourceText.From(code);
        var errors = expression.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => At(text, d.Location.SourceSpan.Start, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (errors.Count == 0 && expression.FullSpan.Length != code.Length)
        {
            errors.Add(At(text, expression.FullSpan.End, NotOneExpression, "An expression must be exactly one C# expression; the text goes on after it."));
        }

        if (expression.ContainsDirectives)
        {
            var directive = expression.GetFirstDirective()!;
            errors.Add(At(text, directive.SpanStart, Directive, "An expression cannot contain preprocessor directives."));
        }

        return [.. errors.Distinct()];
    }

    /// <summary>The diagnostic for a constraint whose type is not bool, or null when it is.</summary>
    public static ComponentDiagnostic? CheckRole(ExpressionRole role, ITypeSymbol? type) =>
        role is ExpressionRole.Constraint or ExpressionRole.Guard && type?.SpecialType != SpecialType.System_Boolean
            ? new ComponentDiagnostic(ConstraintNotBool, "Error", 1, 1, $"A {(role == ExpressionRole.Guard ? "guard" : "constraint")} must be a bool expression; this one is {type?.ToDisplayString() ?? "typeless"}.")
            : null;

    /// <summary>The expression inside <c>return (object?)( … );</c> of the generated body method.</summary>
    public static ExpressionSyntax? Embedded(MethodDeclarationSyntax body) =>
        body.Body?.Statements.OfType<ReturnStatementSyntax>().FirstOrDefault()?.Expression is CastExpressionSyntax { Expression: ParenthesizedExpressionSyntax inner }
            ? inner.Expression
            : null;

    private static ComponentDiagnostic At(SourceText text, int position, string code, string message)
    {
        var line = text.Lines.GetLinePosition(Math.Min(position, text.Length));
        return new ComponentDiagnostic(code, "Error", line.Line + 1, line.Character + 1, message);
    }
}
