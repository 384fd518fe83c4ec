using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ErpCode.Core.Components;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Sandbox;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ErpCode.Scripting.Compilation;

/// <summary>
/// Compiles stored C#: parses it (a class library for Document, Module and Test components, a C# script over
/// <see cref="ScriptGlobals"/> for Script and Expression ones), checks it against the sandbox, inserts the
/// budget checkpoints (keeping line numbers) and emits an assembly with a portable PDB whose path is the
/// component's name. Metadata references are built once; emitted bytes are cached by source hash.
/// </summary>
public sealed class ComponentCompiler : IComponentCompiler
{
    /// <summary>Namespaces every component sees without a using directive.</summary>
    /// <summary>The name every compiled modules assembly starts with; the sandbox trusts what they declare.</summary>
    public const string ModulesAssemblyPrefix = "erp.modules.";

    public static readonly ImmutableArray<string> DefaultUsings = ["System", "System.Collections.Generic", "System.Linq", "System.Text", "ErpCode.Scripting"];

    private static readonly CSharpParseOptions RegularParse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);
    private static readonly CSharpParseOptions ScriptParse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);
    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    // Class libraries get the default usings from a tree of their own, so the component's lines stay its own.
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        string.Concat(DefaultUsings.Select(u => $"global using {u};\n")), RegularParse, "(default usings)", Encoding.UTF8);

    private readonly ScriptReferences _references = new();
    private readonly CompilationCache _cache;

    // Roslyn caches the symbols of a metadata reference only weakly between compilations: after a full GC the next
    // compile binds every reference assembly again (~90 ms instead of ~20). This compilation, bound at construction
    // and held for the compiler's lifetime, keeps those symbols alive, so later compilations reuse them.
    private readonly CSharpCompilation _referenceAnchor;

    public ComponentCompiler()
        : this(CompilationCache.DefaultUnusedCapacityBytes)
    {
    }

    /// <summary>A compiler whose cache keeps at most <paramref name="unusedCacheBytes"/> of assemblies no snapshot uses.</summary>
    internal ComponentCompiler(long unusedCacheBytes)
    {
        _cache = new CompilationCache(unusedCacheBytes);
        _referenceAnchor = Library("erp.references", [], []);
        _ = _referenceAnchor.GetTypeByMetadataName(typeof(DocumentClass).FullName!)
            ?? throw new InvalidOperationException($"The contract assembly {typeof(DocumentClass).Assembly.GetName().Name} is not among the references.");
    }

    /// <summary>The metadata references every compilation starts from.</summary>
    internal ImmutableArray<MetadataReference> References => _references.References;

    /// <summary>What the compile cache holds: emitted images and PDBs.</summary>
    internal CompilationCache Cache => _cache;

    /// <summary>
    /// Checks <paramref name="source"/> as <paramref name="version"/> of the component. Source without errors is also
    /// emitted, as the snapshot build would emit it, and cached under the key that build looks up, so the swap after
    /// the save finds it instead of compiling it again.
    /// </summary>
    public ImmutableArray<ComponentDiagnostic> Check(ComponentKind kind, string reference, int version, string source, IReadOnlyList<Component> modules)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(modules);
        var candidate = new Component(reference, kind, source, ComponentValidationState.Validated, [], version, source, 0);
        return kind == ComponentKind.Module
            ? CheckModule(candidate, [.. modules.Where(m => m.Reference != reference), candidate])
            : CheckComponent(candidate, CompileModules([.. modules.Where(m => m.Runs)]));
    }

    /// <summary>The modules of a snapshot, compiled together into one assembly, or null when there are none.</summary>
    internal CompiledAssembly? CompileModules(IReadOnlyList<Component> modules)
    {
        if (modules.Count == 0)
        {
            return null;
        }

        var ordered = modules.OrderBy(m => m.Reference, StringComparer.Ordinal).ToList();
        var key = ModulesKey(ordered);
        return _cache.GetOrAdd(key, () =>
        {
            var (compilation, trees) = ModulesCompilation(ordered, key);
            var errors = trees.SelectMany(t => Diagnose(compilation, t, ComponentKind.Module, Path.GetFileName(t.FilePath))).Where(IsError).ToImmutableArray();
            if (!errors.IsEmpty)
            {
                throw new ComponentCompilationException("The modules", errors);
            }

            return EmitChecked(key, CheckpointRewriter.Rewrite(compilation), "The modules");
        });
    }

    /// <summary>A Document, Test, Script or Expression component's validated source, compiled against the snapshot's modules.</summary>
    internal CompiledAssembly CompileComponent(Component component, CompiledAssembly? modules)
    {
        var source = component.ValidatedSource ?? throw new InvalidOperationException($"{component.DisplayName} has no validated source.");
        var key = ComponentKey(component, source, modules);
        return _cache.GetOrAdd(key, () =>
        {
            var (compilation, tree) = ComponentCompilation(component, source, key, modules);
            var errors = Diagnose(compilation, tree, component.Kind, component.Reference).Where(IsError).ToImmutableArray();
            if (!errors.IsEmpty)
            {
                throw new ComponentCompilationException(component.DisplayName, errors);
            }

            return EmitChecked(key, CheckpointRewriter.Rewrite(compilation), component.DisplayName);
        });
    }

    /// <summary>Keeps what a new snapshot uses in the cache; the rest may be evicted.</summary>
    internal void KeepInUse(IEnumerable<CompiledAssembly> assemblies) => _cache.KeepInUse(assemblies.Select(a => a.Key));

    private ImmutableArray<ComponentDiagnostic> CheckComponent(Component candidate, CompiledAssembly? modules)
    {
        var key = ComponentKey(candidate, candidate.Source, modules);
        var (compilation, tree) = ComponentCompilation(candidate, candidate.Source, key, modules);
        var diagnostics = Diagnose(compilation, tree, candidate.Kind, candidate.Reference);
        if (!diagnostics.Any(IsError))
        {
            BuildAhead(key, compilation, candidate.DisplayName);
        }

        return diagnostics;
    }

    private ImmutableArray<ComponentDiagnostic> CheckModule(Component candidate, IReadOnlyList<Component> modules)
    {
        var ordered = modules.OrderBy(m => m.Reference, StringComparer.Ordinal).ToList();
        var key = ModulesKey(ordered);
        var (compilation, trees) = ModulesCompilation(ordered, key);
        var tree = trees[ordered.IndexOf(candidate)];
        var diagnostics = Diagnose(compilation, tree, ComponentKind.Module, candidate.Reference);

        // The snapshot build takes the modules only when every one of them compiles.
        if (!diagnostics.Any(IsError) && !trees.Where(t => t != tree).SelectMany(t => Diagnose(compilation, t, ComponentKind.Module, Path.GetFileName(t.FilePath))).Any(IsError))
        {
            BuildAhead(key, compilation, "The modules");
        }

        return diagnostics;
    }

    // The check has bound the compilation already, so emitting now costs the rewrite and the emit. A failure to emit
    // is not the check's to report: the snapshot build compiles again and reports it, as it did before.
    private void BuildAhead(string key, CSharpCompilation compilation, string component)
    {
        try
        {
            _cache.GetOrAdd(key, () => EmitChecked(key, CheckpointRewriter.Rewrite(compilation), component));
        }
        catch (ComponentCompilationException)
        {
            // Left to the snapshot build (see above).
        }
    }

    private static string ModulesKey(IReadOnlyList<Component> ordered) =>
        CompilationCache.KeyOf([.. ordered.SelectMany(m => new[] { m.Reference, m.Version.ToString(CultureInfo.InvariantCulture), m.ValidatedSource })]);

    private static string ComponentKey(Component component, string source, CompiledAssembly? modules) =>
        CompilationCache.KeyOf(component.Kind.ToString(), component.Reference, component.Version.ToString(CultureInfo.InvariantCulture), source, modules?.Name);

    private (CSharpCompilation Compilation, List<SyntaxTree> Trees) ModulesCompilation(IReadOnlyList<Component> ordered, string key)
    {
        var trees = ordered.Select(ModuleTree).ToList();
        return (Library(ModulesAssemblyPrefix + key[..16], trees, []), trees);
    }

    private (CSharpCompilation Compilation, SyntaxTree Tree) ComponentCompilation(Component component, string source, string key, CompiledAssembly? modules)
    {
        var tree = Parse(component.Kind, component.Reference, component.Version, source);
        var moduleReferences = modules is null ? [] : ImmutableArray.Create<MetadataReference>(MetadataReference.CreateFromImage(modules.Image));
        return (Create(component.Kind, $"erp.{component.Reference}.{key[..16]}", tree, moduleReferences), tree);
    }

    private static bool IsError(ComponentDiagnostic diagnostic) => diagnostic.Severity == "Error";

    private CSharpCompilation Create(ComponentKind kind, string name, SyntaxTree tree, ImmutableArray<MetadataReference> modules) =>
        IsScript(kind)
            ? CSharpCompilation.CreateScriptCompilation(
                name,
                tree,
                _references.References.AddRange(modules),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: DefaultUsings, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable),
                // No return type: the default (object) resolves against the reference assemblies, where a runtime
                // typeof(object) would name System.Private.CoreLib, which they do not contain.
                globalsType: typeof(ScriptGlobals))
            : Library(name, [tree], modules);

    private CSharpCompilation Library(string name, IEnumerable<SyntaxTree> trees, ImmutableArray<MetadataReference> modules) =>
        CSharpCompilation.Create(
            name,
            [GlobalUsings, .. trees],
            _references.References.AddRange(modules),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    private static SyntaxTree ModuleTree(Component module) =>
        Parse(ComponentKind.Module, module.Reference, module.Version, module.ValidatedSource ?? module.Source);

    private static SyntaxTree Parse(ComponentKind kind, string reference, int version, string source) =>
        CSharpSyntaxTree.ParseText(source, IsScript(kind) ? ScriptParse : RegularParse, ComponentPaths.For(reference, kind, version), Encoding.UTF8);

    private static bool IsScript(ComponentKind kind) => kind is ComponentKind.Script or ComponentKind.Expression;

    private static ImmutableArray<ComponentDiagnostic> Diagnose(CSharpCompilation compilation, SyntaxTree tree, ComponentKind kind, string reference)
    {
        var compiler = compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && (d.Location.SourceTree == tree || d.Location == Location.None));
        var sandbox = SandboxChecker.Check(compilation.GetSemanticModel(tree));
        var shape = kind == ComponentKind.Document ? DocumentShape.Check(compilation, tree, reference) : [];
        return [.. compiler.Concat(sandbox).Concat(shape).Select(ToComponentDiagnostic).Distinct()];
    }

    private static ComponentDiagnostic ToComponentDiagnostic(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return new ComponentDiagnostic(
            d.Id,
            d.Severity == DiagnosticSeverity.Error ? "Error" : "Warning",
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            d.GetMessage(CultureInfo.InvariantCulture));
    }

    private static CompiledAssembly EmitChecked(string key, CSharpCompilation compilation, string component)
    {
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var result = compilation.Emit(image, symbols, options: Emit);
        if (!result.Success)
        {
            throw new ComponentCompilationException(component, [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToComponentDiagnostic)]);
        }

        return new CompiledAssembly(key, compilation.AssemblyName!, image.ToArray(), symbols.ToArray());
    }
}
