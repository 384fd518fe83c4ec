using System.Globalization;
using ErpCode.OData.Errors;
using Microsoft.Net.Http.Headers;

namespace ErpCode.OData.Writes;

/// <summary>ETags are the document version, weak: <c>W/"3"</c>. <c>If-Match</c> takes one such tag or <c>*</c>.</summary>
internal static class EntityTags
{
    public static string Format(long version) => $"W/\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version <c>If-Match</c> expects, null when the header is absent or <c>*</c> (any current version).</summary>
    public static long? Expected(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        var text = string.Join(",", values.Where(v => v is not null)).Trim();
        if (text == "*")
        {
            return null;
        }

        var tag = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        if (tag.Length >= 3 && tag[0] == '"' && tag[^1] == '"'
            && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new ODataRequestException(
            StatusCodes.Status400BadRequest,
            ODataErrorCodes.InvalidETag,
            $"If-Match must be '*' or one ETag as the entity gave it, such as W/\"3\"; '{text}' is not one.",
            HeaderNames.IfMatch);
    }
}
