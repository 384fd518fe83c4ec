using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Security.Users;

public sealed class UserServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_stores_only_a_hash_of_the_password_and_returns_a_view_without_it()
    {
        await using var site = await UserTestSite.CreateAsync();

        var created = await site.Users.CreateAsync(new NewUser("Alice", "correct horse") { DisplayName = "Alice A.", Roles = ["Author"], Groups = ["sales"] }, site.Manager, Ct);

        Assert.Equal("Alice", created.Name);
        Assert.Equal(["Author"], created.Roles);
        Assert.Equal(["sales"], created.Groups);
        var stored = await site.Store.Collection("users").GetAsync("user:ALICE", Ct);
        var hash = ((StringValue)stored.Body["passwordHash"]).Value;
        Assert.DoesNotContain("correct horse", stored.Body.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(hash);
        Assert.DoesNotContain(typeof(UserInfo).GetProperties(), p => p.Name.Contains("Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_with_a_name_taken_ignoring_case_is_refused()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");

        var ex = await Assert.ThrowsAsync<InvalidUserException>(() => site.AddUserAsync("ALICE"));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad:name", "':'")]
    [InlineData("", "empty")]
    [InlineData("with space", "U+0020")]
    public async Task Create_with_an_invalid_name_is_refused_naming_the_fault(string name, string expected)
    {
        await using var site = await UserTestSite.CreateAsync();

        var ex = await Assert.ThrowsAsync<InvalidUserException>(() => site.AddUserAsync(name));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_a_short_password_is_refused_naming_the_minimum()
    {
        await using var site = await UserTestSite.CreateAsync();

        var ex = await Assert.ThrowsAsync<InvalidUserException>(() => site.Users.CreateAsync(new NewUser("bob", "short"), site.Manager, Ct));

        Assert.Contains("at least 8 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_by_a_user_without_ManageUsers_is_denied_and_audited()
    {
        await using var site = await UserTestSite.CreateAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Users.CreateAsync(new NewUser("bob", "password-1"), new Caller("author", ["Author"]), Ct));

        Assert.Contains(await site.AuditAsync(AuditKinds.PermissionDenied), e => e.Actor == "author" && e.Target == "User bob");
    }

    [Fact]
    public async Task Find_of_another_user_needs_ManageUsers_but_oneself_is_allowed()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice", "Author");
        var alice = new Caller("alice", ["Author"]);

        var self = await site.Users.FindAsync("ALICE", alice, Ct);

        Assert.Equal("alice", self!.Name);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Users.FindAsync("boss", alice, Ct));
        Assert.Equal(["alice"], (await site.Users.ListAsync(alice, Ct)).Select(u => u.Name));
        Assert.Equal(["alice", "boss"], (await site.Users.ListAsync(site.Manager, Ct)).Select(u => u.Name));
    }

    [Fact]
    public async Task SetRoles_on_oneself_is_denied_even_for_a_Manager()
    {
        await using var site = await UserTestSite.CreateAsync();

        var ex = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Users.SetRolesAsync("boss", ["Manager", "Auditor"], site.Manager, Ct));

        Assert.Contains("own roles", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRoles_with_Developer_is_refused_pointing_to_the_Security_Developers_setting()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");

        var ex = await Assert.ThrowsAsync<InvalidUserException>(() => site.Users.SetRolesAsync("alice", ["Developer"], site.Manager, Ct));

        Assert.Contains("Security:Developers", ex.Message, StringComparison.Ordinal);
        Assert.Contains("appsettings.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Owner", "Owner role")]
    [InlineData("Accountant", "'Accountant' is not defined")]
    public async Task SetRoles_with_a_role_that_cannot_be_given_is_refused(string role, string expected)
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");

        var ex = await Assert.ThrowsAsync<InvalidUserException>(() => site.Users.SetRolesAsync("alice", [role], site.Manager, Ct));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRoles_taking_Manager_from_the_last_enabled_Manager_is_refused()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice", "Manager");
        await site.Users.SetEnabledAsync("boss", false, new Caller("alice", ["Manager"]), Ct);

        var ex = await Assert.ThrowsAsync<InvalidUserException>(() => site.Users.SetRolesAsync("alice", ["Author"], site.Manager, Ct));

        Assert.Contains("last enabled Manager", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRoles_taking_Manager_from_one_of_two_Managers_is_allowed_and_audited()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice", "Manager");

        var changed = await site.Users.SetRolesAsync("alice", ["Author", "Auditor"], site.Manager, Ct);

        Assert.Equal(["Auditor", "Author"], changed.Roles);
        Assert.Contains(await site.AuditAsync(AuditKinds.UserChanged), e => e.Target == "User alice" && e.Detail!.Contains("[Auditor, Author]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetEnabled_on_oneself_is_denied()
    {
        await using var site = await UserTestSite.CreateAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Users.SetEnabledAsync("boss", false, site.Manager, Ct));
    }

    [Fact]
    public async Task SetPassword_by_the_user_needs_the_current_password()
    {
        await using var site = await UserTestSite.CreateAsync();
        await site.AddUserAsync("alice");
        var alice = new Caller("alice", []);

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => site.Users.SetPasswordAsync("alice", "new-password-1", "wrong-one", alice, Ct));
        await site.Users.SetPasswordAsync("alice", "new-password-1", "password-1", alice, Ct);

        await site.Users.AuthenticateAsync("alice", "new-password-1", "10.0.0.1", Ct);
        var audited = await site.AuditAsync(AuditKinds.UserChanged);
        Assert.Contains(audited, e => e.Detail == "password changed");
        Assert.DoesNotContain(audited, e => e.Detail!.Contains("new-password-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CallerFor_adds_Developer_only_for_names_in_Security_Developers()
    {
        await using var site = await UserTestSite.CreateAsync(new Dictionary<string, string?> { ["Security:Developers:0"] = "Dev" });
        var dev = await site.AddUserAsync("dev", "Author");
        var other = await site.AddUserAsync("other", "Author");

        Assert.Contains("Developer", site.Users.CallerFor(dev).Roles);
        Assert.DoesNotContain("Developer", site.Users.CallerFor(other).Roles);
        Assert.False(site.Users.CallerFor(dev).Unrestricted);
    }
}
