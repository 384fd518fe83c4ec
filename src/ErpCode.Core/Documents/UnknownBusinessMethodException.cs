using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents;

/// <summary>The document's class exposes no business method of that name (or the type has no class running).</summary>
public sealed class UnknownBusinessMethodException : ErpCodeException
{
    public UnknownBusinessMethodException(string portalType, string method, string reason)
        : base(ErpCodeErrorCodes.UnknownBusinessMethod, $"{portalType} has no business method '{method}': {reason}.")
    {
        PortalType = portalType;
        Method = method;
    }

    public string PortalType { get; }

    public string Method { get; }
}
