namespace ErpCode.OData.Errors;

/// <summary>Stable codes of the errors the OData layer itself reports (the services' errors keep their own codes).</summary>
public static class ODataErrorCodes
{
    public const string InvalidQuery = "OData.InvalidQuery";
    public const string UnsupportedQueryOption = "OData.UnsupportedQueryOption";
    public const string InvalidPayload = "OData.InvalidPayload";
    public const string InvalidETag = "OData.InvalidETag";
    public const string NotFound = "OData.NotFound";
    public const string MethodNotAllowed = "OData.MethodNotAllowed";
    public const string NotAcceptable = "OData.NotAcceptable";
    public const string UnsupportedMediaType = "OData.UnsupportedMediaType";
    public const string PayloadTooLarge = "OData.PayloadTooLarge";
    public const string NotImplemented = "OData.NotImplemented";
    public const string FailedDependency = "OData.FailedDependency";
    public const string Internal = "OData.InternalError";
}
