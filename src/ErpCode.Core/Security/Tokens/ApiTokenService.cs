using System.Security.Cryptography;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using Microsoft.Extensions.Options;

namespace ErpCode.Core.Security.Tokens;

/// <summary>
/// API tokens (Bearer): issued for oneself (or for others with ManageUsers), shown once, stored as a SHA-256 hash,
/// validated on every request, revoked by their owner or a user manager. Every issue, revocation and rejection is audited.
/// </summary>
public sealed class ApiTokenService(IDocumentStore store, UserService users, SecurityPolicy policy, IAuditLog audit, TimeProvider time, IOptions<SecurityOptions> options)
{
    /// <summary>The longest lifetime a token may be given: a year.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>The <c>api_tokens</c> collection, for the site's list of system collections.</summary>
    public static Storage.Collections.CollectionDefinition Definition => ApiTokenDocuments.Definition;

    /// <summary>Creates the <c>api_tokens</c> collection, or brings it to its definition; safe on every start.</summary>
    public Task EnsureCollectionsAsync(CancellationToken cancellationToken = default) =>
        store.EnsureCollectionAsync(ApiTokenDocuments.Definition, cancellationToken);

    /// <summary>
    /// Issues a token for <paramref name="owner"/>, valid for <paramref name="lifetime"/> (default <c>Security:TokenLifetime</c>).
    /// Needs ManageUsers unless the owner is the caller. Throws <see cref="UnknownUserException"/> for a missing owner,
    /// <see cref="InvalidUserException"/> for a disabled one or a bad name or lifetime.
    /// </summary>
    public async Task<IssuedApiToken> IssueAsync(string owner, string name, ApiTokenKind kind, Caller caller, TimeSpan? lifetime = null, string? address = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!string.Equals(caller.Name, owner, StringComparison.OrdinalIgnoreCase))
        {
            await policy.DemandAsync(caller, SitePermissions.ManageUsers, $"Tokens of user {owner}", cancellationToken);
        }

        var account = await users.FindAccountAsync(owner, cancellationToken) ?? throw new UnknownUserException(owner);
        if (!account.Enabled)
        {
            throw new InvalidUserException(account.Name, "the account is disabled, so it cannot be given a token");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new InvalidUserException(account.Name, "a token needs a name of 1 to 100 characters, saying what it is for");
        }

        var life = lifetime ?? options.Value.TokenLifetime;
        if (life <= TimeSpan.Zero || life > MaxLifetime)
        {
            throw new InvalidUserException(account.Name, $"a token's lifetime must be more than zero and at most {MaxLifetime.TotalDays:0} days, not {life}");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (id, text, hash) = ApiTokenText.Create();
        var token = new ApiTokenInfo(id, name.Trim(), account.Name, kind, now, now + life, false);
        var stored = await store.Collection(ApiTokenDocuments.Collection).InsertAsync(ApiTokenDocuments.ToNew(token, hash, UserName.Key(account.Name)), cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditKinds.TokenIssued, caller.Name, Target(id), true, $"{kind} token '{token.Name}' for {account.Name}, expires {token.ExpiresAt:O}") { Address = address }, CancellationToken.None);
        return new IssuedApiToken(text, ApiTokenDocuments.Read(stored));
    }

    /// <summary>
    /// The caller a token text stands for, or <c>null</c> (audited as TokenRejected with the reason) when it is
    /// malformed, unknown, tampered, expired, revoked, or its owner is missing, disabled or locked.
    /// </summary>
    public async Task<Caller?> ValidateAsync(string? text, string? address = null, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenText.TryParse(text, out var id, out var hash))
        {
            return await RejectAsync("anonymous", null, "the token is not shaped like an ErpCode token (erp_<id>.<secret>)", address);
        }

        var document = await store.Collection(ApiTokenDocuments.Collection).FindAsync(id, cancellationToken);
        if (document is null)
        {
            return await RejectAsync("anonymous", id, "no token has this id", address);
        }

        var token = ApiTokenDocuments.Read(document);
        if (!CryptographicOperations.FixedTimeEquals(hash, ApiTokenDocuments.Hash(document)))
        {
            return await RejectAsync(token.Owner, id, "the secret does not match (a tampered or mistyped token)", address);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (token.Revoked)
        {
            return await RejectAsync(token.Owner, id, "the token was revoked", address);
        }

        if (token.ExpiresAt <= now)
        {
            return await RejectAsync(token.Owner, id, $"the token expired at {token.ExpiresAt:O}", address);
        }

        var account = await users.FindAccountAsync(token.Owner, cancellationToken);
        var problem = account switch
        {
            null => "its owner no longer exists",
            { Enabled: false } => "its owner's account is disabled",
            _ when account.IsLocked(now) => "its owner's account is locked",
            _ => null,
        };
        return problem is null ? users.CallerFor(account!.ToInfo(now)) : await RejectAsync(token.Owner, id, problem, address);
    }

    /// <summary>Revokes a token; its owner or a caller holding ManageUsers may. Throws <see cref="Storage.Errors.DocumentNotFoundException"/> for an unknown id.</summary>
    public async Task RevokeAsync(string tokenId, Caller caller, string? address = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var collection = store.Collection(ApiTokenDocuments.Collection);
        var document = DocumentId.Check(tokenId) is null ? await collection.FindAsync(tokenId, cancellationToken) : null;
        if (document is null)
        {
            throw new Storage.Errors.DocumentNotFoundException(ApiTokenDocuments.Collection, tokenId);
        }

        var token = ApiTokenDocuments.Read(document);
        if (!string.Equals(caller.Name, token.Owner, StringComparison.OrdinalIgnoreCase))
        {
            await policy.DemandAsync(caller, SitePermissions.ManageUsers, Target(tokenId), cancellationToken);
        }

        if (!token.Revoked)
        {
            await collection.UpdateAsync(tokenId, document.Version, DocumentPatch.Empty.Set("revoked", true).Set("revokedBy", caller.Name).Set("revokedAt", time.GetUtcNow()), cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent(AuditKinds.TokenRevoked, caller.Name, Target(tokenId), true, $"{token.Kind} token '{token.Name}' of {token.Owner} revoked") { Address = address }, CancellationToken.None);
    }

    /// <summary>The tokens of <paramref name="owner"/>, newest first; another user's need ManageUsers.</summary>
    public async Task<IReadOnlyList<ApiTokenInfo>> ListAsync(string owner, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!string.Equals(caller.Name, owner, StringComparison.OrdinalIgnoreCase))
        {
            await policy.DemandAsync(caller, SitePermissions.ManageUsers, $"Tokens of user {owner}", cancellationToken);
        }

        var result = await store.Collection(ApiTokenDocuments.Collection).QueryAsync(
            Query.Where(Filter.Eq(FieldPath.Parse("ownerKey"), UserName.Key(owner ?? string.Empty))).OrderBy(SortField.Desc("createdAt")),
            cancellationToken);
        return [.. result.Documents.Select(ApiTokenDocuments.Read)];
    }

    private static string Target(string tokenId) => $"Token {tokenId}";

    private async Task<Caller?> RejectAsync(string actor, string? tokenId, string reason, string? address)
    {
        await audit.RecordAsync(new AuditEvent(AuditKinds.TokenRejected, actor, tokenId is null ? null : Target(tokenId), false, reason) { Address = address }, CancellationToken.None);
        return null;
    }
}
