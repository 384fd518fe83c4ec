namespace ErpCode.Scripting.Compilation;

/// <summary>An emitted assembly and its portable PDB, as bytes: cached by source hash, loaded into a snapshot's context.</summary>
internal sealed record CompiledAssembly(string Name, byte[] Image, byte[] Symbols);
