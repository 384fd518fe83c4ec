using System.Collections.Immutable;

namespace ErpCode.OData.Errors;

/// <summary>An OData error answer: the status and the body <c>{"error": {code, message, target, details}}</c>.</summary>
internal sealed record ODataErrorResponse(int Status, string Code, string Message, string? Target = null)
{
    public ImmutableArray<ODataErrorDetail> Details { get; init; } = [];

    /// <summary>The methods the resource allows, for a 405: sent as the <c>Allow</c> header HTTP asks for.</summary>
    public ImmutableArray<string> Allow { get; init; } = [];
}

/// <summary>One detail of an OData error, such as one failing property of a document.</summary>
internal sealed record ODataErrorDetail(string Code, string Target, string Message);
