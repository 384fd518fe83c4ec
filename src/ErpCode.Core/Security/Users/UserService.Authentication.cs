using System.Globalization;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Storage.Errors;
using Microsoft.AspNetCore.Identity;

namespace ErpCode.Core.Security.Users;

public sealed partial class UserService
{
    private const int WriteAttempts = 5;

    // Verifying against this hash for unknown users makes their refusal take as long as a wrong password.
    private readonly Lazy<string> _unknownUserHash = new(() => new PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Checks a user name and password from <paramref name="address"/>. Throws <see cref="AuthenticationFailedException"/>,
    /// with one message for every reason (unknown user, wrong password, disabled, locked); the audit log says which.
    /// After <c>Security:Lockout:MaxFailures</c> consecutive wrong passwords the account is locked for
    /// <c>Security:Lockout:Duration</c>.
    /// </summary>
    public async Task<UserInfo> AuthenticateAsync(string userName, string password, string? address, CancellationToken cancellationToken = default)
    {
        userName ??= string.Empty;
        password ??= string.Empty;
        var account = await FindAccountAsync(userName, cancellationToken);
        if (account is null)
        {
            Verify(null, password);
            await LoginAuditAsync(AuditKinds.LoginFailed, userName, false, "no user has this name", address);
            throw new AuthenticationFailedException();
        }

        var verdict = Verify(account, password);
        var now = Now;
        if (!account.Enabled)
        {
            await LoginAuditAsync(AuditKinds.LoginFailed, account.Name, false, "the account is disabled", address);
            throw new AuthenticationFailedException();
        }

        if (account.IsLocked(now))
        {
            await LoginAuditAsync(AuditKinds.LoginFailed, account.Name, false, $"the account is locked until {account.LockedUntil:O}", address);
            throw new AuthenticationFailedException();
        }

        if (verdict == PasswordVerificationResult.Failed)
        {
            await CountFailureAsync(account, address, cancellationToken);
            throw new AuthenticationFailedException();
        }

        if (account.FailedLogins > 0 || account.LockedUntil is not null || verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var reset = account with { FailedLogins = 0, LockedUntil = null };
            reset = verdict == PasswordVerificationResult.SuccessRehashNeeded ? reset with { PasswordHash = _hasher.HashPassword(account, password) } : reset;
            await TryReplaceAsync(reset, cancellationToken);
        }

        await LoginAuditAsync(AuditKinds.Login, account.Name, true, "signed in with a password", address);
        return account.ToInfo(now);
    }

    private PasswordVerificationResult Verify(UserAccount? account, string password)
    {
        // Over-long passwords are never hashed (each hash costs the same whatever the length, but reading them does not).
        var candidate = password.Length <= PasswordPolicy.MaxLength ? password : string.Empty;
        var hash = account?.PasswordHash is { Length: > 0 } stored ? stored : _unknownUserHash.Value;
        var verdict = _hasher.VerifyHashedPassword(account!, hash, candidate);
        return account is null || password.Length > PasswordPolicy.MaxLength ? PasswordVerificationResult.Failed : verdict;
    }

    private async Task CountFailureAsync(UserAccount account, string? address, CancellationToken cancellationToken)
    {
        var lockout = options.Value.Lockout;
        for (var attempt = 1; ; attempt++)
        {
            var now = Now;
            var failures = account.FailedLogins + 1;
            var locks = failures >= lockout.MaxFailures;
            var changed = account with { FailedLogins = locks ? 0 : failures, LockedUntil = locks ? now + lockout.Duration : null };
            try
            {
                await store.Collection(UserDocuments.Collection).ReplaceAsync(UserDocuments.Id(account.Name), account.Version, UserDocuments.ToBody(changed), cancellationToken);
            }
            catch (ConcurrencyException) when (attempt < WriteAttempts)
            {
                // Another sign-in counted at the same time: count on top of it.
                account = await FindAccountAsync(account.Name, cancellationToken) ?? account;
                continue;
            }

            var detail = string.Create(CultureInfo.InvariantCulture, $"wrong password ({failures} of {lockout.MaxFailures} consecutive failures allowed)");
            await LoginAuditAsync(AuditKinds.LoginFailed, account.Name, false, detail, address);
            if (locks)
            {
                await LoginAuditAsync(AuditKinds.LockedOut, account.Name, false, string.Create(CultureInfo.InvariantCulture, $"locked until {changed.LockedUntil:O} after {failures} consecutive wrong passwords"), address);
            }

            return;
        }
    }

    private async Task TryReplaceAsync(UserAccount changed, CancellationToken cancellationToken)
    {
        try
        {
            await store.Collection(UserDocuments.Collection).ReplaceAsync(UserDocuments.Id(changed.Name), changed.Version, UserDocuments.ToBody(changed), cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // A concurrent write (another sign-in, an administrator) wins; resetting the counter is not worth a retry.
        }
    }

    private Task LoginAuditAsync(string kind, string userName, bool succeeded, string detail, string? address) =>
        audit.RecordAsync(new AuditEvent(kind, userName, Target(userName), succeeded, detail) { Address = address }, CancellationToken.None);
}
