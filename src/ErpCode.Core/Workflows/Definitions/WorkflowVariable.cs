namespace ErpCode.Core.Workflows.Definitions;

/// <summary>A value recorded in the history with each transition, computed by a C# expression (such as the order total at confirmation).</summary>
public sealed record WorkflowVariable
{
    public required string Name { get; init; }

    public string? Title { get; init; }

    public required string Expression { get; init; }
}
