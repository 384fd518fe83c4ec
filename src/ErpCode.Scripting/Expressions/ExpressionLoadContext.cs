using System.Reflection;
using System.Runtime.Loader;
using ErpCode.Scripting.Compilation;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// The collectible load context of one compiled expression set. The expressions reference only the framework and
/// the contract assembly, which come from the default context, so nothing else is loaded here.
/// </summary>
internal sealed class ExpressionLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    public Assembly LoadCompiled(CompiledAssembly compiled)
    {
        using var image = new MemoryStream(compiled.Image, writable: false);
        using var symbols = new MemoryStream(compiled.Symbols, writable: false);
        return LoadFromStream(image, symbols);
    }

    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
