using System.Security.Cryptography;
using System.Text;

namespace ErpCode.Templates.Items;

/// <summary>The checksum of an item: SHA-256 over each file's path and text, in path order, as lower-case hex.</summary>
internal static class ItemChecksum
{
    public static string Of(IEnumerable<KeyValuePair<string, string>> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
