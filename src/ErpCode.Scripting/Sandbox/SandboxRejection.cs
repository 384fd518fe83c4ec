using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Sandbox;

/// <summary>The forbidden part of a reference: the symbol itself, or a type inside it (an element or type argument).</summary>
internal readonly record struct SandboxRejection(ISymbol Symbol, SandboxCategory Category);
