using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Scripting.Compilation;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// The outcome of compiling one expression set, as bytes (it pins no load context): the assembly of the expressions
/// that compiled (null when none did), and the diagnostics of those that did not.
/// </summary>
internal sealed record ExpressionBuild(
    CompiledAssembly? Assembly,
    ImmutableArray<ParsedExpression> Compiled,
    ImmutableDictionary<string, ImmutableArray<ComponentDiagnostic>> Failures);
