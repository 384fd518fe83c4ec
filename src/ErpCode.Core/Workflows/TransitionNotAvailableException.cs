using ErpCode.Core.Errors;

namespace ErpCode.Core.Workflows;

/// <summary>A transition that cannot be fired on the document as it is: unknown, not offered by its current state, or automatic. Nothing changed.</summary>
public sealed class TransitionNotAvailableException : ErpCodeException
{
    public TransitionNotAvailableException(string portalType, string id, string transition, string reason)
        : base(ErpCodeErrorCodes.TransitionNotAvailable, $"{transition} cannot be fired on {portalType} '{id}': {reason}. Nothing changed.")
    {
        Transition = transition;
        Reason = reason;
    }

    public string Transition { get; }

    public string Reason { get; }
}
