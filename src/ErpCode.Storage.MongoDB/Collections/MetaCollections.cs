namespace ErpCode.Storage.MongoDB.Collections;

/// <summary>
/// The store's own collections: <c>erp_collections</c> holds each collection definition, <c>erp_meta</c> the site
/// revision as <c>{ _id: "revision", value: Int64 }</c>. These names are refused for user collections.
/// </summary>
internal static class MetaCollections
{
    public const string Collections = "erp_collections";
    public const string Meta = "erp_meta";
    public const string RevisionId = "revision";
    public const string RevisionValue = "value";

    public static bool IsReserved(string name) =>
        string.Equals(name, Collections, StringComparison.Ordinal) || string.Equals(name, Meta, StringComparison.Ordinal);
}
