namespace ErpCode.OData.Model;

/// <summary>The fixed names of the OData model: its namespace, its container and the properties ErpCode adds to every entity.</summary>
internal static class EdmNames
{
    public const string Namespace = "ErpCode";
    public const string Container = "Container";
    public const string Money = "Money";
    public const string MoneyAmount = "Amount";
    public const string MoneyCurrency = "Currency";

    /// <summary>The action parameter that carries the comment of a workflow transition.</summary>
    public const string CommentParameter = "Comment";

    /// <summary>The suffix of the navigation property that follows a reference (<c>Customer</c> → <c>CustomerDocument</c>).</summary>
    public const string ReferenceSuffix = "Document";
}
