using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// One rejection before it becomes a diagnostic. <paramref name="RejectedType"/> is set when a type itself was
/// rejected, <paramref name="MemberOf"/> when a member was: a member finding makes a finding for its type on the same
/// line redundant (<c>File.ReadAllText</c> reports the method, not also <c>File</c>).
/// </summary>
internal readonly record struct SandboxFinding(
    DiagnosticDescriptor Rule,
    Location Location,
    string Subject,
    INamedTypeSymbol? RejectedType,
    INamedTypeSymbol? MemberOf);
