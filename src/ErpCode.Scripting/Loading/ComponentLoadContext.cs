using System.Reflection;
using System.Runtime.Loader;
using ErpCode.Scripting.Compilation;

namespace ErpCode.Scripting.Loading;

/// <summary>
/// The collectible load context of one runtime snapshot: it holds that snapshot's compiled components and
/// unloads with it. The framework and the contract assembly come from the default context, so every
/// generation shares <see cref="DocumentClass"/> and the globals.
/// </summary>
internal sealed class ComponentLoadContext : AssemblyLoadContext
{
    private readonly Dictionary<string, CompiledAssembly> _assemblies;

    public ComponentLoadContext(long revision, IEnumerable<CompiledAssembly> assemblies)
        : base($"erpcode-r{revision}", isCollectible: true)
    {
        _assemblies = assemblies.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    public Assembly LoadCompiled(CompiledAssembly compiled)
    {
        using var image = new MemoryStream(compiled.Image, writable: false);
        using var symbols = new MemoryStream(compiled.Symbols, writable: false);
        return LoadFromStream(image, symbols);
    }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } name && _assemblies.TryGetValue(name, out var compiled) ? LoadCompiled(compiled) : null;
}
