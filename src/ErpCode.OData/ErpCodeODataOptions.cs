namespace ErpCode.OData;

/// <summary>The <c>OData</c> section of appsettings.json: the limits of the API at <c>/odata</c>.</summary>
public sealed class ErpCodeODataOptions
{
    public const string SectionName = "OData";

    /// <summary>The most entities one response holds; larger results continue through <c>@odata.nextLink</c>. Defaults to 100; 1 to 10,000.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// The largest <c>$skip</c> accepted. The store skips rows in its own query, which costs time in proportion to the
    /// skip, so deep pages should follow <c>@odata.nextLink</c> instead. Defaults to 10,000; 0 refuses every <c>$skip</c>.
    /// </summary>
    public int MaxSkip { get; set; } = 10_000;

    /// <summary>The largest request body, in bytes; a larger one gets 413. Defaults to 1,048,576 (1 MiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
