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

    /// <summary>How deep <c>$expand</c> may nest (<c>$expand=Lines($expand=ProductDocument)</c> is 2). Defaults to 3; 0 refuses every <c>$expand</c>; at most 10.</summary>
    public int MaxExpandDepth { get; set; } = 3;

    /// <summary>How many navigation properties one request may expand, nested ones included. Defaults to 10; 1 to 100.</summary>
    public int MaxExpandCount { get; set; } = 10;

    /// <summary>The most requests one <c>$batch</c> holds. Defaults to 100; 1 to 1,000.</summary>
    public int MaxBatchRequests { get; set; } = 100;

    /// <summary>The largest request body, in bytes; a larger one gets 413. Defaults to 1,048,576 (1 MiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
