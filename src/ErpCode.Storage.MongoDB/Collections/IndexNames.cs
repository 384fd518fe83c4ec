namespace ErpCode.Storage.MongoDB.Collections;

/// <summary>
/// Names of the indexes the store manages: <c>erp_</c> + the declared name, and <c>erp__type</c> /
/// <c>erp__parent</c> for the envelope. Declared names start with a letter, so they never clash with those two;
/// indexes without the prefix belong to someone else and are left alone.
/// </summary>
internal static class IndexNames
{
    public const string Prefix = "erp_";
    public const string TypeIndex = Prefix + "_type";
    public const string ParentIndex = Prefix + "_parent";

    public static string ForDeclared(string declaredName) => Prefix + declaredName;

    public static bool IsManaged(string mongoName) => mongoName.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The declared name of a managed index, as a caller knows it; other names are returned as they are.</summary>
    public static string DeclaredName(string mongoName) =>
        IsManaged(mongoName) && !mongoName.StartsWith(Prefix + "_", StringComparison.Ordinal) ? mongoName[Prefix.Length..] : mongoName;
}
