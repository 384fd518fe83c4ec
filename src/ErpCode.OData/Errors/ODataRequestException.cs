namespace ErpCode.OData.Errors;

/// <summary>A request the OData layer refuses before any service is called: a bad query option, payload, header or path.</summary>
internal sealed class ODataRequestException : Exception
{
    public ODataRequestException(int status, string code, string message, string? target = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        Code = code;
        Target = target;
    }

    public int Status { get; }

    public string Code { get; }

    /// <summary>The query option, header or property at fault, such as <c>$filter</c> or <c>If-Match</c>.</summary>
    public string? Target { get; }

    /// <summary>For a 405: the methods the resource allows.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Allow { get; init; } = [];

    public static ODataRequestException BadQuery(string target, string message, Exception? inner = null) =>
        new(StatusCodes.Status400BadRequest, ODataErrorCodes.InvalidQuery, message, target, inner);

    public static ODataRequestException Unsupported(string target, string message) =>
        new(StatusCodes.Status400BadRequest, ODataErrorCodes.UnsupportedQueryOption, message, target);

    public static ODataRequestException BadPayload(string message, string? target = null, Exception? inner = null) =>
        new(StatusCodes.Status400BadRequest, ODataErrorCodes.InvalidPayload, message, target, inner);
}
