using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Users;

namespace ErpCode.Core.Tests.Security.Users;

public sealed class UserAuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticate_with_the_right_password_returns_the_user_and_audits_the_login_with_the_address()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice", "Author");

        var user = await site.Users.AuthenticateAsync("ALICE", "password-1", "10.1.2.3", Ct);

        Assert.Equal("alice", user.Name);
        var login = Assert.Single(await site.AuditAsync(AuditKinds.Login));
        Assert.Equal(("alice", "10.1.2.3", true), (login.Actor, login.Address, login.Succeeded));
    }

    [Fact]
    public async Task Authenticate_fails_alike_for_an_unknown_user_a_wrong_password_and_a_disabled_account_but_the_audit_says_why()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        await site.AddUserAsync("carol");
        await site.Users.SetEnabledAsync("carol", false, site.Manager, Ct);

        var unknown = await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("nobody", "password-1", "10.0.0.9", Ct));
        var wrong = await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("alice", "wrong-password", "10.0.0.9", Ct));
        var disabled = await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("carol", "password-1", "10.0.0.9", Ct));

        Assert.Equal(unknown.Message, wrong.Message);
        Assert.Equal(unknown.Message, disabled.Message);
        var failures = await site.AuditAsync(AuditKinds.LoginFailed);
        Assert.Contains(failures, e => e.Actor == "nobody" && e.Detail == "no user has this name" && e.Address == "10.0.0.9");
        Assert.Contains(failures, e => e.Actor == "alice" && e.Detail!.StartsWith("wrong password", StringComparison.Ordinal));
        Assert.Contains(failures, e => e.Actor == "carol" && e.Detail == "the account is disabled");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_the_lockout_duration()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("alice", "wrong-password", "10.0.0.5", Ct));
        }

        var whileLocked = await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("alice", "password-1", "10.0.0.5", Ct));
        site.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var afterwards = await site.Users.AuthenticateAsync("alice", "password-1", "10.0.0.5", Ct);

        Assert.Equal(AuthenticationFailedException.DefaultMessage, whileLocked.Message);
        Assert.Equal(0, afterwards.FailedLogins);
        var lockedOut = Assert.Single(await site.AuditAsync(AuditKinds.LockedOut));
        Assert.Equal(("alice", "10.0.0.5"), (lockedOut.Actor, lockedOut.Address));
        Assert.Contains(await site.AuditAsync(AuditKinds.LoginFailed), e => e.Detail!.Contains("locked until", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_success_before_the_limit_resets_the_failure_count()
    {
        await using var site = await UserTestSite.CreateAsync(new Dictionary<string, string?> { ["Security:Lockout:MaxFailures"] = "3" });
        await site.AddUserAsync("alice");
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("alice", "wrong-password", null, Ct));
        }

        await site.Users.AuthenticateAsync("alice", "password-1", null, Ct);
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("alice", "wrong-password", null, Ct));
        }

        await site.Users.AuthenticateAsync("alice", "password-1", null, Ct);
        Assert.Empty(await site.AuditAsync(AuditKinds.LockedOut));
    }

    [Fact]
    public async Task A_Manager_setting_a_password_unlocks_the_account()
    {
        await using var site = await UserTestSite.CreateAsync(new Dictionary<string, string?> { ["Security:Lockout:MaxFailures"] = "1" });
        await site.AddUserAsync("alice");
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.AuthenticateAsync("alice", "wrong-password", null, Ct));
        Assert.NotNull((await site.Users.FindAsync("alice", site.Manager, Ct))!.LockedUntil);

        await site.Users.SetPasswordAsync("alice", "fresh-password", null, site.Manager, Ct);

        Assert.Equal("alice", (await site.Users.AuthenticateAsync("alice", "fresh-password", null, Ct)).Name);
    }
}
