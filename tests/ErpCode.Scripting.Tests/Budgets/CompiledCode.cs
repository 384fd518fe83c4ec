using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Test C# compiled with Roslyn, run through the checkpoint rewriter, emitted with a portable PDB and loaded into a collectible context.</summary>
internal sealed class CompiledCode : IDisposable
{
    public const string FileName = "Budgeted.cs";

    private static readonly MetadataReference[] References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Budget).Assembly.Location),
    ];

    private readonly AssemblyLoadContext _context;

    private CompiledCode(Assembly assembly, AssemblyLoadContext context)
    {
        Assembly = assembly;
        _context = context;
    }

    public Assembly Assembly { get; }

    public static SyntaxTree Parse(string source, SourceCodeKind kind = SourceCodeKind.Regular) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: kind), FileName, Encoding.UTF8);

    public static CSharpCompilation Compilation(SyntaxTree tree) => tree.Options.Kind == SourceCodeKind.Script
        ? CSharpCompilation.CreateScriptCompilation("budgeted-script", tree, References, Options())
        : CSharpCompilation.Create("budgeted", [tree], References, Options());

    /// <summary>Compiles <paramref name="source"/> (which must compile cleanly), rewrites it and loads it.</summary>
    public static CompiledCode Load(string source, SourceCodeKind kind = SourceCodeKind.Regular, bool rewrite = true)
    {
        var compilation = Compilation(Parse(source, kind));
        AssertNoErrors(compilation);
        if (rewrite)
        {
            compilation = CheckpointRewriter.Rewrite(compilation);
            AssertNoErrors(compilation);
        }

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        pe.Position = 0;
        pdb.Position = 0;
        var context = new AssemblyLoadContext("budgeted", isCollectible: true);
        return new CompiledCode(context.LoadFromStream(pe, pdb), context);
    }

    /// <summary>The public static method <paramref name="name"/> of <c>Program</c>, as a delegate, so exceptions surface unwrapped.</summary>
    public TDelegate Method<TDelegate>(string name, string type = "Program")
        where TDelegate : Delegate =>
        Assembly.GetType(type, throwOnError: true)!.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TDelegate>();

    /// <summary>Runs the script submission and returns its value.</summary>
    public object? RunScript()
    {
        var factory = Assembly.GetType("Script", throwOnError: true)!.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
        var task = (Task<object>)factory.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [new object?[2]], null)!;
        return task.GetAwaiter().GetResult();
    }

    public void Dispose() => _context.Unload();

    private static CSharpCompilationOptions Options() => new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        usings: ["System", "System.Collections.Generic", "System.Linq"]);

    private static void AssertNoErrors(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors) + Environment.NewLine + string.Join(Environment.NewLine, compilation.SyntaxTrees.Select(t => t.ToString())));
    }
}
