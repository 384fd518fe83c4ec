using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents.SiteActions;

/// <summary>
/// A site action's script stopped by throwing (a refusal, whose message is what the caller reads) or ran out of its
/// budget; nothing it wrote was kept. The inner exception names the component and line.
/// </summary>
public sealed class SiteActionRefusedException : ErpCodeException
{
    public SiteActionRefusedException(string action, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.SiteActionRefused, $"{action} refused: {reason}", innerException)
    {
        Action = action;
        Reason = reason;
    }

    public string Action { get; }

    public string Reason { get; }
}
