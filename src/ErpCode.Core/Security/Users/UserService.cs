using System.Collections.Immutable;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ErpCode.Core.Security.Users;

/// <summary>
/// The one place for users, for every entry point (OData, portal, CLI, sign-in): creating them, their passwords,
/// roles, groups and whether they may sign in, and authenticating them with lockout. Every change and every sign-in
/// is audited; the password hash never leaves this class.
/// </summary>
public sealed partial class UserService(IDocumentStore store, SecurityPolicy policy, IAuditLog audit, TimeProvider time, IOptions<SecurityOptions> options)
{
    private readonly PasswordHasher<UserAccount> _hasher = new();

    /// <summary>The <c>users</c> collection, for the site's list of system collections.</summary>
    public static Storage.Collections.CollectionDefinition Definition => UserDocuments.Definition;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Creates the <c>users</c> collection, or brings it to its definition; safe on every start.</summary>
    public Task EnsureCollectionsAsync(CancellationToken cancellationToken = default) =>
        store.EnsureCollectionAsync(UserDocuments.Definition, cancellationToken);

    /// <summary>How many users the site has (0 on a new site, before the first <c>admin</c>).</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        store.Collection(UserDocuments.Collection).CountAsync(null, cancellationToken);

    /// <summary>Creates a user; needs ManageUsers. Throws <see cref="InvalidUserException"/> for a bad or taken name, a weak password or a role that cannot be given.</summary>
    public async Task<UserInfo> CreateAsync(NewUser user, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, SitePermissions.ManageUsers, Target(user.Name), cancellationToken);
        if (UserName.Check(user.Name) is { } nameProblem)
        {
            throw new InvalidUserException(user.Name ?? string.Empty, $"the name is not valid: {nameProblem}");
        }

        if (PasswordPolicy.Check(user.Password) is { } passwordProblem)
        {
            throw new InvalidUserException(user.Name, passwordProblem);
        }

        var roles = CheckRoles(user.Name, user.Roles);
        var groups = CheckGroups(user.Name, user.Groups);
        var now = Now;
        var account = new UserAccount
        {
            Name = user.Name,
            DisplayName = string.IsNullOrWhiteSpace(user.DisplayName) ? null : user.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email.Trim(),
            PasswordHash = string.Empty,
            Roles = roles,
            Groups = groups,
            CreatedAt = now,
            CreatedBy = caller.Name,
            ModifiedAt = now,
            ModifiedBy = caller.Name,
        };
        account = account with { PasswordHash = _hasher.HashPassword(account, user.Password) };
        try
        {
            await store.Collection(UserDocuments.Collection).InsertAsync(UserDocuments.ToNew(account), cancellationToken);
        }
        catch (Exception ex) when (ex is DuplicateDocumentException or UniqueConstraintException)
        {
            throw new InvalidUserException(user.Name, "a user with this name already exists (names are compared ignoring case)");
        }

        await ChangedAsync(caller, user.Name, $"created with roles [{string.Join(", ", roles)}] and groups [{string.Join(", ", groups)}]", cancellationToken);
        return account.ToInfo(now);
    }

    /// <summary>The user, or <c>null</c> when none has this name; needs ManageUsers unless it is the caller themself.</summary>
    public async Task<UserInfo?> FindAsync(string userName, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsSelf(caller, userName))
        {
            await policy.DemandAsync(caller, SitePermissions.ManageUsers, Target(userName), cancellationToken);
        }

        return (await FindAccountAsync(userName, cancellationToken))?.ToInfo(Now);
    }

    /// <summary>Every user, by name, for a caller holding ManageUsers; others get only themselves.</summary>
    public async Task<IReadOnlyList<UserInfo>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!policy.Holds(caller, SitePermissions.ManageUsers))
        {
            return (await FindAccountAsync(caller.Name, cancellationToken)) is { } self ? [self.ToInfo(Now)] : [];
        }

        var now = Now;
        return [.. (await LoadAllAsync(cancellationToken)).Select(a => a.ToInfo(now))];
    }

    /// <summary>
    /// Sets a new password: the user themself gives the current one; anyone else needs ManageUsers (and so unlocks
    /// the account). Throws <see cref="AuthenticationFailedException"/> for a wrong current password, <see cref="InvalidUserException"/> for a weak new one.
    /// </summary>
    public async Task SetPasswordAsync(string userName, string newPassword, string? currentPassword, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var self = IsSelf(caller, userName) && !caller.Unrestricted;
        if (!self)
        {
            await policy.DemandAsync(caller, SitePermissions.ManageUsers, Target(userName), cancellationToken);
        }

        var account = await LoadAsync(userName, cancellationToken);
        if (self && (currentPassword is null || _hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword) == PasswordVerificationResult.Failed))
        {
            await audit.RecordAsync(new AuditEvent(AuditKinds.UserChanged, caller.Name, Target(account.Name), false, "password not changed: the current password is wrong"), CancellationToken.None);
            throw new AuthenticationFailedException("The current password is wrong; the password did not change.");
        }

        if (PasswordPolicy.Check(newPassword) is { } problem)
        {
            throw new InvalidUserException(account.Name, problem);
        }

        var changed = account with { PasswordHash = _hasher.HashPassword(account, newPassword), FailedLogins = 0, LockedUntil = null };
        await SaveAsync(changed, caller, "password changed", cancellationToken);
    }

    /// <summary>
    /// Replaces the user's site roles; needs ManageUsers, and is refused for the caller's own roles, for Developer
    /// (configuration only), Owner, undefined roles, and for taking Manager from the last enabled Manager.
    /// </summary>
    public async Task<UserInfo> SetRolesAsync(string userName, IEnumerable<string> roles, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(caller);
        await DemandOnAnotherAsync(caller, userName, "a user may never change their own roles", cancellationToken);

        var account = await LoadAsync(userName, cancellationToken);
        var checkedRoles = CheckRoles(account.Name, [.. roles]);
        var changed = account with { Roles = checkedRoles };
        await RefuseLosingLastManagerAsync(account, changed, cancellationToken);
        return await SaveAsync(changed, caller, $"roles [{string.Join(", ", account.Roles)}] -> [{string.Join(", ", checkedRoles)}]", cancellationToken);
    }

    /// <summary>Replaces the groups the user belongs to; needs ManageUsers and is refused for the caller's own groups (they carry local roles).</summary>
    public async Task<UserInfo> SetGroupsAsync(string userName, IEnumerable<string> groups, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(caller);
        await DemandOnAnotherAsync(caller, userName, "a user may never change their own groups", cancellationToken);

        var account = await LoadAsync(userName, cancellationToken);
        var checkedGroups = CheckGroups(account.Name, [.. groups]);
        return await SaveAsync(account with { Groups = checkedGroups }, caller, $"groups [{string.Join(", ", account.Groups)}] -> [{string.Join(", ", checkedGroups)}]", cancellationToken);
    }

    /// <summary>Enables (and unlocks) or disables a user; needs ManageUsers, never on oneself, and never disables the last enabled Manager.</summary>
    public async Task<UserInfo> SetEnabledAsync(string userName, bool enabled, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await DemandOnAnotherAsync(caller, userName, "a user may not enable or disable themself", cancellationToken);

        var account = await LoadAsync(userName, cancellationToken);
        var changed = enabled ? account with { Enabled = true, FailedLogins = 0, LockedUntil = null } : account with { Enabled = false };
        await RefuseLosingLastManagerAsync(account, changed, cancellationToken);
        return await SaveAsync(changed, caller, enabled ? "enabled (and unlocked)" : "disabled", cancellationToken);
    }

    /// <summary>The caller a signed-in user acts as: their roles and groups, plus Developer when <c>Security:Developers</c> names them.</summary>
    public Caller CallerFor(UserInfo user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = options.Value.IsDeveloper(user.Name) ? user.Roles.Add(SiteRoles.Developer) : user.Roles;
        return new Caller(user.Name, [.. roles.Distinct(StringComparer.Ordinal)]) { Groups = user.Groups };
    }

    /// <summary>
    /// The caller for an already authenticated user name (a portal cookie), with their current roles; <c>null</c> when
    /// the user no longer exists, is disabled or is locked.
    /// </summary>
    public async Task<Caller?> ResolveCallerAsync(string userName, CancellationToken cancellationToken = default)
    {
        var account = await FindAccountAsync(userName, cancellationToken);
        var now = Now;
        return account is { Enabled: true } && !account.IsLocked(now) ? CallerFor(account.ToInfo(now)) : null;
    }

    internal async Task<UserAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken)
    {
        if (UserName.Check(userName) is not null)
        {
            return null;
        }

        var document = await store.Collection(UserDocuments.Collection).FindAsync(UserDocuments.Id(userName), cancellationToken);
        return document is null ? null : UserDocuments.Read(document);
    }

    internal DateTime UtcNow => Now;

    private static string Target(string? userName) => $"User {userName}";

    private static bool IsSelf(Caller caller, string? userName) => string.Equals(caller.Name, userName, StringComparison.OrdinalIgnoreCase);

    private async Task<UserAccount> LoadAsync(string userName, CancellationToken cancellationToken) =>
        await FindAccountAsync(userName, cancellationToken) ?? throw new UnknownUserException(userName);

    private async Task<IReadOnlyList<UserAccount>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var result = await store.Collection(UserDocuments.Collection).QueryAsync(Query.Where(Filter.All).OrderBy(SortField.Asc("nameKey")), cancellationToken);
        return [.. result.Documents.Select(UserDocuments.Read)];
    }

    private async Task<UserInfo> SaveAsync(UserAccount changed, Caller caller, string what, CancellationToken cancellationToken)
    {
        var now = Now;
        var stamped = changed with { ModifiedAt = now, ModifiedBy = caller.Name };
        var stored = await store.Collection(UserDocuments.Collection).ReplaceAsync(UserDocuments.Id(changed.Name), changed.Version, UserDocuments.ToBody(stamped), cancellationToken);
        await ChangedAsync(caller, changed.Name, what, cancellationToken);
        return UserDocuments.Read(stored).ToInfo(now);
    }

    private Task ChangedAsync(Caller caller, string userName, string what, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(AuditKinds.UserChanged, caller.Name, Target(userName), true, what), cancellationToken);

    private async Task RefuseLosingLastManagerAsync(UserAccount before, UserAccount after, CancellationToken cancellationToken)
    {
        if (!before.IsEnabledManager || after.IsEnabledManager)
        {
            return;
        }

        var others = (await LoadAllAsync(cancellationToken)).Count(a => a.IsEnabledManager && !string.Equals(a.Name, before.Name, StringComparison.OrdinalIgnoreCase));
        if (others == 0)
        {
            throw new InvalidUserException(before.Name, "this is the last enabled Manager; give another user the Manager role first, so someone can still manage the site");
        }
    }

    private ImmutableArray<string> CheckRoles(string userName, ImmutableArray<string> roles)
    {
        foreach (var role in roles.IsDefault ? [] : roles)
        {
            if (role == SiteRoles.Developer)
            {
                throw new InvalidUserException(userName, "the Developer role is granted only by the Security:Developers setting in appsettings.json, never through the API");
            }

            if (role == SiteRoles.Owner)
            {
                throw new InvalidUserException(userName, "the Owner role belongs to a document's creator on that document; it cannot be given to a user site-wide");
            }

            // Built-in roles always exist; asking the running snapshot only for the others keeps the first start free of it.
            if (string.IsNullOrWhiteSpace(role) || (!SiteRoles.BuiltIn.Contains(role) && !policy.Grants().IsDefined(role)))
            {
                var defined = policy.Grants().Definitions.Select(d => d.Name).Where(r => !SiteRoles.IsReserved(r));
                throw new InvalidUserException(userName, $"the role '{role}' is not defined on this site; defined roles: {string.Join(", ", defined)}");
            }
        }

        return roles.IsDefault ? [] : [.. roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static ImmutableArray<string> CheckGroups(string userName, ImmutableArray<string> groups)
    {
        foreach (var group in groups.IsDefault ? [] : groups)
        {
            if (UserName.Check(group) is { } problem)
            {
                throw new InvalidUserException(userName, $"the group '{group}' is not a valid group name: {problem}");
            }
        }

        return groups.IsDefault ? [] : [.. groups.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>ManageUsers, on a user other than the caller: what a user holds is never theirs to change (<paramref name="refusal"/> says what).</summary>
    private async Task DemandOnAnotherAsync(Caller caller, string userName, string refusal, CancellationToken cancellationToken)
    {
        await policy.DemandAsync(caller, SitePermissions.ManageUsers, Target(userName), cancellationToken);
        if (IsSelf(caller, userName))
        {
            throw await policy.DeniedAsync(caller, SitePermissions.ManageUsers, Target(userName), refusal, cancellationToken);
        }
    }
}
