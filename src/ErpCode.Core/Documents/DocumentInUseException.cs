using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents;

/// <summary>A document other documents still refer to cannot be deleted; nothing was deleted.</summary>
public sealed class DocumentInUseException : ErpCodeException
{
    public DocumentInUseException(string portalType, string id, string referrer)
        : base(ErpCodeErrorCodes.DocumentInUse, $"{portalType} '{id}' cannot be deleted: {referrer} refers to it. Nothing was deleted.")
    {
        PortalType = portalType;
        DocumentId = id;
        Referrer = referrer;
    }

    public string PortalType { get; }

    public string DocumentId { get; }

    public string Referrer { get; }
}
