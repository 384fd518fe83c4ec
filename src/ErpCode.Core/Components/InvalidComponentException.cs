using ErpCode.Core.Errors;

namespace ErpCode.Core.Components;

/// <summary>A component save that cannot be accepted at all (a bad reference, a change of kind); nothing was written.</summary>
public sealed class InvalidComponentException : ErpCodeException
{
    public InvalidComponentException(string reference, string reason)
        : base(ErpCodeErrorCodes.InvalidComponent, $"Component '{reference}': {reason}. Nothing was saved.")
    {
        Reference = reference;
    }

    public string Reference { get; }
}
