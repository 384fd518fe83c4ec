using System.Collections.Immutable;

namespace ErpCode.Core.Workflows.Definitions;

/// <summary>
/// Who may fire a transition: a caller holding one of the roles (when any are listed), and every listed permission,
/// and for whom the expression (a C# boolean over the document's globals) holds. An empty guard lets anyone fire.
/// </summary>
public sealed record TransitionGuard
{
    public static TransitionGuard None { get; } = new();

    public ImmutableArray<string> Roles { get; init; } = [];

    public ImmutableArray<string> Permissions { get; init; } = [];

    public string? Expression { get; init; }

    public bool IsEmpty => Roles.IsDefaultOrEmpty && Permissions.IsDefaultOrEmpty && string.IsNullOrWhiteSpace(Expression);
}
