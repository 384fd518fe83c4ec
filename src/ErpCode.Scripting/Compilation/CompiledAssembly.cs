namespace ErpCode.Scripting.Compilation;

/// <summary>An emitted assembly and its portable PDB, as bytes, under its compile-cache key: loaded into a snapshot's context.</summary>
internal sealed record CompiledAssembly(string Key, string Name, byte[] Image, byte[] Symbols)
{
    /// <summary>What the cache counts it as: image and PDB.</summary>
    public long Bytes => Image.LongLength + Symbols.LongLength;
}
