using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>
/// Builds compilations the way the component compiler does: the .NET 10 reference assemblies plus the contract,
/// the default usings, a class library for classes and a script over <see cref="ScriptGlobals"/> for scripts.
/// </summary>
internal static class SandboxCompilations
{
    public static readonly ImmutableArray<string> DefaultUsings = ["System", "System.Collections.Generic", "System.Linq", "System.Text", "ErpCode.Scripting"];

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(DocumentClass).Assembly.Location)];

    private static readonly CSharpParseOptions RegularParse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);
    private static readonly CSharpParseOptions ScriptParse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        string.Concat(DefaultUsings.Select(u => $"global using {u};\n")), RegularParse, "(default usings)", Encoding.UTF8);

    /// <summary>A class library, as Document, Module and Test components compile. Unsafe code is allowed so that the sandbox, not the compiler, must catch it.</summary>
    public static CSharpCompilation Library(string source, string path = "Snippet.cs") =>
        CSharpCompilation.Create(
            "erp.sandbox.tests",
            [GlobalUsings, CSharpSyntaxTree.ParseText(source, RegularParse, path, Encoding.UTF8)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A script over <see cref="ScriptGlobals"/>, as Script and Expression components compile.</summary>
    public static CSharpCompilation Script(string source, string path = "Snippet.csx") =>
        CSharpCompilation.CreateScriptCompilation(
            "erp.sandbox.tests.script",
            CSharpSyntaxTree.ParseText(source, ScriptParse, path, Encoding.UTF8),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: DefaultUsings, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable),
            // Not typeof(object): against reference assemblies that names System.Private.CoreLib, which is not referenced (CS0400).
            returnType: null,
            globalsType: typeof(ScriptGlobals));

    public static CSharpCompilation For(SandboxCase snippet) => snippet.IsScript ? Script(snippet.Source) : Library(snippet.Source);

    /// <summary>The compiler's own errors, without the sandbox.</summary>
    public static IEnumerable<Diagnostic> CompilerErrors(CSharpCompilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
}
