using System.Collections.Immutable;

namespace ErpCode.Core.Workflows.Definitions;

/// <summary>The documents in some states that a role should act on ("orders waiting for my approval").</summary>
public sealed record Worklist
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<string> States { get; init; } = [];

    /// <summary>The roles the worklist is shown to; everyone when empty.</summary>
    public ImmutableArray<string> Roles { get; init; } = [];
}
