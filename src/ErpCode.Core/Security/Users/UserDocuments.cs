using System.Collections.Immutable;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Security.Users;

/// <summary>
/// How users are stored: collection <c>users</c>, one document per user whose id is <c>user:</c> and the name's
/// case-insensitive key, so two names differing only by case cannot both exist.
/// </summary>
internal static class UserDocuments
{
    public const string Collection = "users";

    public const string DocumentType = "User";

    public static CollectionDefinition Definition { get; } = new CollectionDefinition(Collection)
        .WithField("name", ValueKind.String)
        .WithField("nameKey", ValueKind.String)
        .WithField("enabled", ValueKind.Bool)
        .WithUniqueIndex("byNameKey", "nameKey");

    public static string Id(string name) => "user:" + UserName.Key(name);

    public static NewDocument ToNew(UserAccount account) => new(Id(account.Name), ToBody(account), DocumentType);

    public static DocumentValue ToBody(UserAccount account) => DocumentValue.Create(
        ("name", account.Name),
        ("nameKey", UserName.Key(account.Name)),
        ("displayName", account.DisplayName),
        ("email", account.Email),
        ("passwordHash", account.PasswordHash),
        ("enabled", account.Enabled),
        ("roles", new ArrayValue(account.Roles.Select(r => (DocValue)r))),
        ("groups", new ArrayValue(account.Groups.Select(g => (DocValue)g))),
        ("failedLogins", account.FailedLogins),
        ("lockedUntil", account.LockedUntil is { } until ? until : DocValue.Null),
        ("createdAt", account.CreatedAt),
        ("createdBy", account.CreatedBy),
        ("modifiedAt", account.ModifiedAt),
        ("modifiedBy", account.ModifiedBy));

    public static UserAccount Read(StoredDocument document)
    {
        var body = document.Body;
        string? Text(string name) => body.TryGet(name, out var value) && value is StringValue s ? s.Value : null;
        ImmutableArray<string> Names(string name) =>
            body.TryGet(name, out var value) && value is ArrayValue array ? [.. array.OfType<StringValue>().Select(s => s.Value)] : [];
        DateTime? Time(string name) => body.TryGet(name, out var value) && value is DateTimeValue t ? t.Value : null;

        return new UserAccount
        {
            Name = Text("name") ?? string.Empty,
            DisplayName = Text("displayName"),
            Email = Text("email"),
            PasswordHash = Text("passwordHash") ?? string.Empty,
            Enabled = body.TryGet("enabled", out var enabled) && enabled is BoolValue { Value: true },
            Roles = Names("roles"),
            Groups = Names("groups"),
            FailedLogins = body.TryGet("failedLogins", out var failed) && failed is Int64Value n ? (int)n.Value : 0,
            LockedUntil = Time("lockedUntil"),
            CreatedAt = Time("createdAt") ?? default,
            CreatedBy = Text("createdBy") ?? string.Empty,
            ModifiedAt = Time("modifiedAt") ?? default,
            ModifiedBy = Text("modifiedBy") ?? string.Empty,
            Version = document.Version,
        };
    }
}
