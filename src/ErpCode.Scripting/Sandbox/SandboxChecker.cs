using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// The compile-time sandbox: checks stored code, before the checkpoint rewriter runs, against the allow-list
/// (<c>Sandbox/sandbox-allowlist.txt</c>) and the language rules (no unsafe code, goto, lock, async, static state,
/// static constructors, finalizers, <c>#r</c>/<c>#load</c>/<c>#line</c>). It works on symbols from the semantic model,
/// never on source text. Thread-safe: it keeps no state between calls.
/// </summary>
/// <remarks>
/// Its cost is one binding of the checked code, about what the compiler's own diagnostics cost. Passing the semantic
/// model that already produced the compiler's diagnostics (<see cref="SemanticModel.GetDiagnostics"/>) reuses that
/// binding.
/// </remarks>
internal static class SandboxChecker
{
    /// <summary>The sandbox errors (ERP1001-ERP1023) of every syntax tree of the compilation, in source order.</summary>
    public static ImmutableArray<Diagnostic> Check(CSharpCompilation compilation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        return Check(compilation.SyntaxTrees.Select(t => compilation.GetSemanticModel(t)), SandboxAllowList.Default, cancellationToken);
    }

    /// <summary>The sandbox errors of the one syntax tree of <paramref name="model"/>, reusing whatever it has bound already.</summary>
    public static ImmutableArray<Diagnostic> Check(SemanticModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Check([model], SandboxAllowList.Default, cancellationToken);
    }

    /// <summary>The sandbox errors of the trees of some semantic models of one compilation, checked against the given allow-list.</summary>
    public static ImmutableArray<Diagnostic> Check(IEnumerable<SemanticModel> models, SandboxAllowList allowList, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(allowList);
        SandboxSymbolPolicy? policy = null;
        var findings = new SandboxFindings();
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            policy ??= new SandboxSymbolPolicy(allowList, model.Compilation);
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            SandboxDirectives.Check(root, findings);
            new SandboxSyntaxWalker(model, policy, findings, cancellationToken).Visit(root);
        }

        return findings.ToDiagnostics();
    }
}
