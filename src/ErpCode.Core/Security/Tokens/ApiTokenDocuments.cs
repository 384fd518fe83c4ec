using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Security.Tokens;

/// <summary>How tokens are stored: collection <c>api_tokens</c>, one document per token (id = the token's id) holding the secret's SHA-256 hash, never the secret.</summary>
internal static class ApiTokenDocuments
{
    public const string Collection = "api_tokens";

    public static CollectionDefinition Definition { get; } = new CollectionDefinition(Collection)
        .WithField("owner", ValueKind.String)
        .WithField("createdAt", ValueKind.DateTime)
        .WithField("expiresAt", ValueKind.DateTime)
        .WithIndex("byOwner", "ownerKey", "createdAt")
        .WithIndex("byExpiry", "expiresAt");

    public static NewDocument ToNew(ApiTokenInfo token, byte[] hash, string ownerKey) => new(
        token.Id,
        DocumentValue.Create(
            ("name", token.Name),
            ("owner", token.Owner),
            ("ownerKey", ownerKey),
            ("kind", token.Kind.ToString()),
            ("hash", Convert.ToHexStringLower(hash)),
            ("createdAt", token.CreatedAt),
            ("expiresAt", token.ExpiresAt),
            ("revoked", token.Revoked)),
        "ApiToken");

    public static ApiTokenInfo Read(StoredDocument document)
    {
        var body = document.Body;
        string Text(string name) => body.TryGet(name, out var value) && value is StringValue s ? s.Value : string.Empty;
        return new ApiTokenInfo(
            document.Id,
            Text("name"),
            Text("owner"),
            Enum.TryParse<ApiTokenKind>(Text("kind"), out var kind) ? kind : ApiTokenKind.Session,
            body["createdAt"] is DateTimeValue created ? created.Value : default,
            body["expiresAt"] is DateTimeValue expires ? expires.Value : default,
            body.TryGet("revoked", out var revoked) && revoked is BoolValue { Value: true });
    }

    public static byte[] Hash(StoredDocument document) =>
        document.Body.TryGet("hash", out var value) && value is StringValue s ? Convert.FromHexString(s.Value) : [];
}
