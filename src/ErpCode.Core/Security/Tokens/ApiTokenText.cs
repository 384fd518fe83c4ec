using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace ErpCode.Core.Security.Tokens;

/// <summary>
/// The text of a token, <c>erp_&lt;id&gt;.&lt;secret&gt;</c>: a 24-hex-digit id that finds the stored token, and 32
/// random bytes in base64url whose SHA-256 hash is all the store keeps.
/// </summary>
internal static class ApiTokenText
{
    public const string Prefix = "erp_";
    private const int IdBytes = 12;
    private const int SecretBytes = 32;

    public static (string Id, string Text, byte[] Hash) Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        return (id, $"{Prefix}{id}.{Base64Url.EncodeToString(secret)}", SHA256.HashData(secret));
    }

    /// <summary>Splits a token text into its id and the hash of its secret; false when it is not shaped like a token.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out byte[]? hash)
    {
        id = null;
        hash = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length > 200)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot != Prefix.Length + (IdBytes * 2))
        {
            return false;
        }

        var idText = text[Prefix.Length..dot];
        if (!idText.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        Span<byte> secret = stackalloc byte[SecretBytes + 3];
        if (!Base64Url.TryDecodeFromChars(text.AsSpan(dot + 1), secret, out var written) || written != SecretBytes)
        {
            return false;
        }

        id = idText;
        hash = SHA256.HashData(secret[..SecretBytes]);
        return true;
    }
}
