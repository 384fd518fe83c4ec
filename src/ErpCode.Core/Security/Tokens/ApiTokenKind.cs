namespace ErpCode.Core.Security.Tokens;

/// <summary>Why a token exists: a sign-in from <c>POST /auth/token</c>, or a personal token a user made for a script or integration.</summary>
public enum ApiTokenKind
{
    Session,
    Personal,
}
