using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ErpCode.Core.Components;
using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Sandbox;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// Compiles a whole expression set in one Roslyn compilation (<see cref="ExpressionClass"/>): each expression is first
/// parsed on its own, then the set is bound, sandbox-checked, rewritten with budget checkpoints and emitted. An
/// expression with errors is reported under its key and dropped, and the rest compiled again.
/// </summary>
internal sealed class ExpressionBuilder
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);
    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    private readonly ScriptReferences _references = new();

    public ExpressionBuild Build(string assemblyName, IReadOnlyList<ExpressionSource> sources)
    {
        var failures = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ComponentDiagnostic>>(StringComparer.Ordinal);
        var candidates = new List<ParsedExpression>();
        var fileNames = new HashSet<string>(StringComparer.Ordinal) { ExpressionClass.GeneratedPath };
        for (var i = 0; i < sources.Count; i++)
        {
            var syntax = ExpressionRules.CheckSyntax(sources[i].Code);
            if (syntax.IsEmpty)
            {
                candidates.Add(new ParsedExpression(i, sources[i], FileName(sources[i].Key, fileNames)));
            }
            else
            {
                failures[sources[i].Key] = syntax;
            }
        }

        // Every error is attributed to one expression, so each round drops at least one and the loop ends.
        while (candidates.Count > 0)
        {
            var tree = CSharpSyntaxTree.ParseText(ExpressionClass.Generate(candidates), Parse, ExpressionClass.GeneratedPath, Encoding.UTF8);
            var compilation = CSharpCompilation.Create(assemblyName, [tree], _references.References, Options);
            var errors = Diagnose(compilation.GetSemanticModel(tree), candidates);
            if (errors.Count == 0)
            {
                var rewritten = CheckpointRewriter.Rewrite(compilation);
                var (assembly, emitErrors) = EmitAssembly(rewritten);
                if (assembly is not null)
                {
                    return new ExpressionBuild(assembly, [.. candidates], failures.ToImmutable());
                }

                errors = Attribute(emitErrors, rewritten.SyntaxTrees.Single(), candidates);
            }

            foreach (var (expression, diagnostics) in errors)
            {
                failures[expression.Source.Key] = [.. diagnostics.Distinct()];
                candidates.Remove(expression);
            }
        }

        return new ExpressionBuild(null, [], failures.ToImmutable());
    }

    private static Dictionary<ParsedExpression, List<ComponentDiagnostic>> Diagnose(SemanticModel model, IReadOnlyList<ParsedExpression> candidates)
    {
        // The generated #line directives are ErpCode's own; the syntax check already refused any in an expression.
        var reported = model.GetDiagnostics()
            .Concat(SandboxChecker.Check(model).Where(d => d.Id != SandboxRules.LineDirective.Id));
        var errors = Attribute(reported, model.SyntaxTree, candidates);
        foreach (var (expression, method) in Methods(model.SyntaxTree, candidates))
        {
            if (!errors.ContainsKey(expression)
                && method.Identifier.ValueText == ExpressionClass.BodyName(expression.Index)
                && ExpressionRules.Embedded(method) is { } embedded
                && ExpressionRules.CheckRole(expression.Source.Role, model.GetTypeInfo(embedded).Type) is { } wrongType)
            {
                errors[expression] = [wrongType];
            }
        }

        return errors;
    }

    /// <summary>Each error, by the expression it is about: by the file its <c>#line</c> maps it to, else by the generated method it lies in.</summary>
    private static Dictionary<ParsedExpression, List<ComponentDiagnostic>> Attribute(IEnumerable<Diagnostic> diagnostics, SyntaxTree tree, IReadOnlyList<ParsedExpression> candidates)
    {
        var byFile = candidates.ToDictionary(c => c.FileName, StringComparer.Ordinal);
        var byMethod = Methods(tree, candidates).ToDictionary(m => m.Method, m => m.Expression);
        var root = tree.GetRoot();
        var errors = new Dictionary<ParsedExpression, List<ComponentDiagnostic>>();
        foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            var mapped = d.Location.GetMappedLineSpan();
            ParsedExpression? expression;
            ComponentDiagnostic diagnostic;
            if (mapped.IsValid && mapped.HasMappedPath && byFile.TryGetValue(mapped.Path, out expression))
            {
                var line = mapped.StartLinePosition.Line;
                var column = line == 0 ? Math.Max(0, mapped.StartLinePosition.Character - ExpressionClass.Prefix.Length) : mapped.StartLinePosition.Character;
                diagnostic = new ComponentDiagnostic(d.Id, "Error", line + 1, column + 1, message);
            }
            else if (d.Location.SourceTree == tree
                && root.FindToken(d.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault() is { } method
                && byMethod.TryGetValue(method, out expression))
            {
                // Generated code around the expression (the conversion to object): the expression as a whole is at fault.
                diagnostic = new ComponentDiagnostic(d.Id, "Error", 1, 1, message);
            }
            else
            {
                throw new InvalidOperationException($"The generated expression class does not compile: {d}");
            }

            if (!errors.TryGetValue(expression, out var list))
            {
                errors[expression] = list = [];
            }

            list.Add(diagnostic);
        }

        return errors;
    }

    private static IEnumerable<(ParsedExpression Expression, MethodDeclarationSyntax Method)> Methods(SyntaxTree tree, IReadOnlyList<ParsedExpression> candidates)
    {
        var byName = new Dictionary<string, ParsedExpression>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            byName[ExpressionClass.EntryName(candidate.Index)] = candidate;
            byName[ExpressionClass.BodyName(candidate.Index)] = candidate;
        }

        foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            if (byName.TryGetValue(method.Identifier.ValueText, out var expression))
            {
                yield return (expression, method);
            }
        }
    }

    private static (CompiledAssembly? Assembly, IReadOnlyList<Diagnostic> Errors) EmitAssembly(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var result = compilation.Emit(image, symbols, options: Emit);
        return result.Success
            ? (new CompiledAssembly(compilation.AssemblyName!, compilation.AssemblyName!, image.ToArray(), symbols.ToArray()), [])
            : (null, [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
    }

    /// <summary>The key as a <c>#line</c> file name (no quotes or line breaks), unique within the set.</summary>
    private static string FileName(string key, HashSet<string> taken)
    {
        var name = new string([.. key.Select(c => c == '"' ? '\'' : char.IsControl(c) ? ' ' : c)]);
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{name} ({n.ToString(CultureInfo.InvariantCulture)})";
        }

        return unique;
    }
}
