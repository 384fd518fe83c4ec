namespace ErpCode.Core.Types.Definitions;

/// <summary>
/// How new documents of a type get their id: a GUID, or a pattern such as <c>SO-{yyyy}-{seq:00000}</c> where
/// <c>{yyyy}</c>, <c>{yy}</c>, <c>{MM}</c> and <c>{dd}</c> are the creation date and <c>{seq}</c> (with an optional
/// format) is a counter kept per type and prefix, unique under concurrency on every node.
/// </summary>
public sealed record IdGeneration
{
    public static IdGeneration Guid { get; } = new();

    /// <summary>The pattern; a GUID when null or empty.</summary>
    public string? Pattern { get; init; }
}
