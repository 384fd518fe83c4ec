using System.Buffers.Text;
using System.Text;

namespace ErpCode.Core.Tests.Storage.Queries;

/// <summary>Hand-made continuation tokens: base64url of arbitrary JSON, as a client could forge one.</summary>
internal static class TokenText
{
    public static string Of(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static string Json(string collection, string sort, string values, string lastId) =>
        $"{{\"c\":\"{collection}\",\"s\":\"{sort}\",\"v\":{values},\"i\":\"{lastId}\"}}";
}
