using ErpCode.Core.Errors;

namespace ErpCode.Core.Security.Users;

/// <summary>
/// A sign-in or token was refused. The message is the same for an unknown user, a wrong password, a disabled or a
/// locked account, so a client learns nothing about which; the audit log records the reason.
/// </summary>
public sealed class AuthenticationFailedException : ErpCodeException
{
    public const string DefaultMessage = "The user name or password is wrong, or the account may not sign in now.";

    public AuthenticationFailedException(string? message = null)
        : base(ErpCodeErrorCodes.AuthenticationFailed, message ?? DefaultMessage)
    {
    }
}
