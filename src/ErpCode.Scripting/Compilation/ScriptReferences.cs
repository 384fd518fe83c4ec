using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Compilation;

/// <summary>
/// The metadata references stored code compiles against, built once per process: the .NET 10 reference
/// assemblies and the contract assembly. What of them may be used is the sandbox's business.
/// </summary>
internal sealed class ScriptReferences
{
    public ScriptReferences()
    {
        References = [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(DocumentClass).Assembly.Location)];
    }

    public ImmutableArray<MetadataReference> References { get; }
}
