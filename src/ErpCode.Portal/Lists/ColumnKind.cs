namespace ErpCode.Portal.Lists;

/// <summary>Where a list column's value comes from.</summary>
public enum ColumnKind
{
    /// <summary>The document's id (links to its form).</summary>
    Id,

    /// <summary>The title the type's title expression computes.</summary>
    Title,

    /// <summary>A property of the type's property sheets.</summary>
    Property,

    /// <summary>The state of one workflow of the type's chain.</summary>
    State,

    /// <summary>A stamp every document has: created or modified at, owner, modified by.</summary>
    Stamp,
}
