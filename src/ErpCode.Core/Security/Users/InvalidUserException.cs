using ErpCode.Core.Errors;

namespace ErpCode.Core.Security.Users;

/// <summary>
/// A change to user <see cref="UserName"/> was refused (a bad name or password, a role that cannot be given, the last
/// Manager); the message names what is wrong. Nothing changed.
/// </summary>
public sealed class InvalidUserException : ErpCodeException
{
    public InvalidUserException(string userName, string problem)
        : base(ErpCodeErrorCodes.InvalidUser, $"User '{userName}': {problem}. Nothing changed.")
    {
        UserName = userName;
        Problem = problem;
    }

    public string UserName { get; }

    public string Problem { get; }
}
