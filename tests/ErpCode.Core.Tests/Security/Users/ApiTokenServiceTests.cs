using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Tokens;

namespace ErpCode.Core.Tests.Security.Users;

public sealed class ApiTokenServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Caller Alice = new("alice", ["Author"]);

    [Fact]
    public async Task Issue_shows_the_token_once_stores_only_its_hash_and_Validate_returns_the_owner()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice", "Author");

        var issued = await site.Tokens.IssueAsync("alice", "ci", ApiTokenKind.Personal, Alice, cancellationToken: Ct);
        var caller = await site.Tokens.ValidateAsync(issued.Text, "10.0.0.1", Ct);

        Assert.Matches("^erp_[0-9a-f]{24}\\.[A-Za-z0-9_-]{43}$", issued.Text);
        Assert.Equal("alice", caller!.Name);
        Assert.Equal(["Author"], caller.Roles);
        var stored = await site.Store.Collection("api_tokens").GetAsync(issued.Token.Id, Ct);
        Assert.DoesNotContain(issued.Text.Split('.')[1], stored.Body.ToString(), StringComparison.Ordinal);
        Assert.Single(await site.AuditAsync(AuditKinds.TokenIssued));
    }

    [Fact]
    public async Task Validate_of_a_tampered_token_returns_null_and_audits_the_reason()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        var issued = await site.Tokens.IssueAsync("alice", "ci", ApiTokenKind.Personal, Alice, cancellationToken: Ct);
        var i = issued.Text.Length - 10;
        var tampered = issued.Text[..i] + (issued.Text[i] == 'A' ? 'B' : 'A') + issued.Text[(i + 1)..];

        Assert.Null(await site.Tokens.ValidateAsync(tampered, "10.0.0.2", Ct));
        Assert.Null(await site.Tokens.ValidateAsync("erp_not-a-token", "10.0.0.2", Ct));

        var rejected = await site.AuditAsync(AuditKinds.TokenRejected);
        Assert.Contains(rejected, e => e.Actor == "alice" && e.Detail!.Contains("does not match", StringComparison.Ordinal) && e.Address == "10.0.0.2");
        Assert.Contains(rejected, e => e.Detail!.Contains("not shaped like", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_after_the_lifetime_returns_null_as_expired()
    {
        await using var site = await UserTestSite.CreateAsync(new Dictionary<string, string?> { ["Security:TokenLifetime"] = "01:00:00" });
        await site.AddUserAsync("alice");
        var issued = await site.Tokens.IssueAsync("alice", "sign-in", ApiTokenKind.Session, Alice, cancellationToken: Ct);
        Assert.NotNull(await site.Tokens.ValidateAsync(issued.Text, null, Ct));

        site.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(await site.Tokens.ValidateAsync(issued.Text, null, Ct));
        Assert.Contains(await site.AuditAsync(AuditKinds.TokenRejected), e => e.Detail!.Contains("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_of_a_revoked_token_returns_null_and_the_revocation_is_audited()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        var issued = await site.Tokens.IssueAsync("alice", "ci", ApiTokenKind.Personal, Alice, cancellationToken: Ct);

        await site.Tokens.RevokeAsync(issued.Token.Id, Alice, cancellationToken: Ct);

        Assert.Null(await site.Tokens.ValidateAsync(issued.Text, null, Ct));
        Assert.True(Assert.Single(await site.Tokens.ListAsync("alice", Alice, Ct)).Revoked);
        Assert.Single(await site.AuditAsync(AuditKinds.TokenRevoked));
        Assert.Contains(await site.AuditAsync(AuditKinds.TokenRejected), e => e.Detail == "the token was revoked");
    }

    [Fact]
    public async Task Validate_returns_null_once_the_owner_is_disabled()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        var issued = await site.Tokens.IssueAsync("alice", "ci", ApiTokenKind.Personal, Alice, cancellationToken: Ct);

        await site.Users.SetEnabledAsync("alice", false, site.Manager, Ct);

        Assert.Null(await site.Tokens.ValidateAsync(issued.Text, null, Ct));
        Assert.Contains(await site.AuditAsync(AuditKinds.TokenRejected), e => e.Detail!.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tokens_of_another_user_need_ManageUsers_to_issue_list_or_revoke()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        await site.AddUserAsync("bob");
        var bobs = await site.Tokens.IssueAsync("bob", "ci", ApiTokenKind.Personal, site.Manager, cancellationToken: Ct);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Tokens.IssueAsync("bob", "mine now", ApiTokenKind.Personal, Alice, cancellationToken: Ct));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Tokens.ListAsync("bob", Alice, Ct));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Tokens.RevokeAsync(bobs.Token.Id, Alice, cancellationToken: Ct));

        await site.Tokens.RevokeAsync(bobs.Token.Id, site.Manager, cancellationToken: Ct);
        Assert.Null(await site.Tokens.ValidateAsync(bobs.Text, null, Ct));
    }
}
