namespace ErpCode.Portal.Modules;

/// <summary>
/// One module of the portal: the documents of one top-level portal type, shown as a list at
/// <c>/m/{EntitySet}</c>, as the caller may see them.
/// </summary>
/// <param name="EntitySet">The type's entity set, the module's address (<c>SaleOrders</c>).</param>
/// <param name="PortalType">The portal type's name (<c>SaleOrder</c>).</param>
/// <param name="Title">What a business user reads (<c>Sale Order</c>).</param>
/// <param name="Description">The type's description, if any.</param>
/// <param name="CanAdd">True when the caller may create documents of the type.</param>
public sealed record PortalModule(string EntitySet, string PortalType, string Title, string? Description, bool CanAdd);
