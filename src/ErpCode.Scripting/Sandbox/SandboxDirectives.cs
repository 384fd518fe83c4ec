using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// Directives stored code may not use: <c>#r</c> and <c>#load</c> (a script reaching assemblies or files) and
/// <c>#line</c> (positions are ErpCode's: the checkpoint rewriter maps lines so diagnostics and stack traces stay true).
/// </summary>
internal static class SandboxDirectives
{
    public static void Check(SyntaxNode root, SandboxFindings findings)
    {
        if (!root.ContainsDirectives)
        {
            return;
        }

        for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
        {
            var (rule, subject) = directive.Kind() switch
            {
                SyntaxKind.ReferenceDirectiveTrivia => (SandboxRules.ScriptDirective, "'#r'"),
                SyntaxKind.LoadDirectiveTrivia => (SandboxRules.ScriptDirective, "'#load'"),
                SyntaxKind.LineDirectiveTrivia or SyntaxKind.LineSpanDirectiveTrivia => (SandboxRules.LineDirective, "'#line'"),
                _ => (null, string.Empty),
            };
            if (rule is not null)
            {
                findings.Add(rule, directive.GetLocation(), subject);
            }
        }
    }
}
