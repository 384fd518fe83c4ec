using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents;

/// <summary>A call named a portal type the running site does not have (never defined, deleted, or not built in this revision).</summary>
public sealed class UnknownPortalTypeException : ErpCodeException
{
    public UnknownPortalTypeException(string portalType, long revision)
        : base(ErpCodeErrorCodes.UnknownPortalType, $"There is no portal type '{portalType}' on this site (revision {revision}).")
    {
        PortalType = portalType;
    }

    public string PortalType { get; }
}
