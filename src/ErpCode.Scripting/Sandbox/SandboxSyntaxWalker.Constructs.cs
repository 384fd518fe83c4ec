using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErpCode.Scripting.Sandbox;

/// <summary>Language constructs stored code may not use, found by their keywords and syntax.</summary>
internal sealed partial class SandboxSyntaxWalker
{
    public override void VisitToken(SyntaxToken token)
    {
        var rule = token.Kind() switch
        {
            SyntaxKind.UnsafeKeyword or SyntaxKind.FixedKeyword or SyntaxKind.StackAllocKeyword => SandboxRules.Unsafe,
            SyntaxKind.ArgListKeyword or SyntaxKind.MakeRefKeyword or SyntaxKind.RefTypeKeyword or SyntaxKind.RefValueKeyword => SandboxRules.Unsafe,
            SyntaxKind.ExternKeyword => SandboxRules.Interop,
            SyntaxKind.LockKeyword or SyntaxKind.VolatileKeyword => SandboxRules.Threading,
            SyntaxKind.AsyncKeyword or SyntaxKind.AwaitKeyword => SandboxRules.Async,
            SyntaxKind.GotoKeyword => SandboxRules.Goto,
            _ => null,
        };
        if (rule is not null)
        {
            _findings.Add(rule, token.GetLocation(), $"'{token.ValueText}'");
        }
    }

    public override void VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.AddressOfExpression) || node.IsKind(SyntaxKind.PointerIndirectionExpression))
        {
            _findings.Add(SandboxRules.Unsafe, node.OperatorToken.GetLocation(), $"pointer operator '{node.OperatorToken.ValueText}'");
        }
        else
        {
            CheckBound(node);
        }

        base.VisitPrefixUnaryExpression(node);
    }

    public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.PointerMemberAccessExpression))
        {
            _findings.Add(SandboxRules.Unsafe, node.OperatorToken.GetLocation(), "pointer operator '->'");
        }

        base.VisitMemberAccessExpression(node);
    }

    public override void VisitPointerType(PointerTypeSyntax node)
    {
        _findings.Add(SandboxRules.Unsafe, node.GetLocation(), $"pointer type '{node}'");
        base.VisitPointerType(node);
    }

    public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
    {
        _findings.Add(SandboxRules.Unsafe, node.GetLocation(), "function pointer 'delegate*'");
        base.VisitFunctionPointerType(node);
    }
}
