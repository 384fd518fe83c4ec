namespace ErpCode.Server.Authentication;

/// <summary>The authentication scheme names: one policy scheme that forwards to Basic, Bearer or the portal cookie.</summary>
internal static class ErpCodeAuthenticationSchemes
{
    /// <summary>The default scheme: Basic or Bearer when the Authorization header names one, else the cookie.</summary>
    public const string Default = "ErpCode";

    public const string Basic = "Basic";

    public const string Bearer = "Bearer";

    public const string Cookie = "ErpCode.Cookie";

    /// <summary>The realm named in every <c>WWW-Authenticate</c> challenge.</summary>
    public const string Realm = "ErpCode";
}
