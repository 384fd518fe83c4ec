namespace ErpCode.Server.Authentication;

/// <summary>What the login form says above its fields.</summary>
internal enum LoginProblem
{
    None,

    /// <summary>The user name or password was wrong, or the account may not sign in.</summary>
    Failed,

    /// <summary>The address made more sign-in attempts than <c>Security:RateLimit:PermitPerMinute</c>.</summary>
    TooManyAttempts,
}
