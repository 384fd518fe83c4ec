using ErpCode.Core.Errors;

namespace ErpCode.Core.Security.Users;

/// <summary>No user is named <see cref="UserName"/> (names compare ignoring case).</summary>
public sealed class UnknownUserException : ErpCodeException
{
    public UnknownUserException(string userName)
        : base(ErpCodeErrorCodes.UnknownUser, $"There is no user named '{userName}'.")
    {
        UserName = userName;
    }

    public string UserName { get; }
}
