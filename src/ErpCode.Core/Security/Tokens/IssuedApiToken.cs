namespace ErpCode.Core.Security.Tokens;

/// <summary>A new token: <see cref="Text"/> (<c>erp_&lt;id&gt;.&lt;secret&gt;</c>) is shown this once and never stored.</summary>
public sealed record IssuedApiToken(string Text, ApiTokenInfo Token);
