using System.Runtime.CompilerServices;
using ErpCode.Scripting.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Tests.Compilation;

/// <summary>
/// The compiler keeps the symbols of its reference assemblies alive, so a compile after a full GC does not bind them
/// again. Runs alone: the forced collection would disturb the budget tests' timing, and compilations running alongside
/// could offer Roslyn other live symbols to reuse.
/// </summary>
[Collection(nameof(ComponentCompilerReferenceTests))]
[CollectionDefinition(nameof(ComponentCompilerReferenceTests), DisableParallelization = true)]
public sealed class ComponentCompilerReferenceTests
{
    [Fact]
    public void Reference_symbols_survive_a_full_collection_and_are_reused_by_the_next_compilation()
    {
        // Arrange: a compiler of its own, so its contract reference (and that reference's symbols) is used nowhere else.
        var compiler = new ComponentCompiler();
        var bound = ContractAssemblyOfANewCompilation(compiler);

        // Act: a full collection, as any gen 2 collection of a server would be.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Assert
        Assert.True(bound.IsAlive, "the contract assembly's symbol was collected");
        Assert.Same(bound.Target, ContractAssemblyOfANewCompilation(compiler).Target);
        GC.KeepAlive(compiler);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContractAssemblyOfANewCompilation(ComponentCompiler compiler)
    {
        var compilation = CSharpCompilation.Create("probe", [], compiler.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return new WeakReference(compilation.GetTypeByMetadataName(typeof(DocumentClass).FullName!)!.ContainingAssembly);
    }
}
