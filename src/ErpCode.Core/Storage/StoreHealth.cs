namespace ErpCode.Core.Storage;

/// <summary>What a store says of itself for <c>/health</c>: reachable or not, its revision, and a description without secrets.</summary>
public sealed record StoreHealth(bool IsHealthy, string Provider, string Description, long? Revision, string? Problem)
{
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}
