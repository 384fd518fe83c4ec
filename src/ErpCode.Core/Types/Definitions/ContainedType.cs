namespace ErpCode.Core.Types.Definitions;

/// <summary>
/// A portal type whose documents live inside documents of another type, under a list property of the parent
/// (the lines of a sale order: <c>{ Type: SaleOrderLine, Property: Lines }</c>).
/// </summary>
public sealed record ContainedType
{
    /// <summary>The child portal type.</summary>
    public required string Type { get; init; }

    /// <summary>The parent's property that holds the children, such as <c>Lines</c>.</summary>
    public required string Property { get; init; }
}
