namespace ErpCode.Portal.Session;

/// <summary>The account behind an open portal page can no longer sign in (disabled, locked or deleted).</summary>
public sealed class SignedOutException(string userName)
    : Exception($"The account '{userName}' can no longer sign in; sign in again or ask your administrator.")
{
    public string UserName { get; } = userName;
}
