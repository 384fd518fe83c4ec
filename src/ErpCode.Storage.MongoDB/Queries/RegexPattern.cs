using System.Globalization;
using System.Text;
using ErpCode.Core.Storage.Queries;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Queries;

/// <summary>
/// Builds the anchored PCRE pattern of a string match. Every ASCII character other than a letter, digit, space or
/// '_' is escaped with a backslash (literal in PCRE), control characters as <c>\x{hh}</c> (BSON patterns cannot
/// hold a NUL), and the end anchor is <c>\z</c> because <c>$</c> also matches before a final newline.
/// Option <c>i</c> makes MongoDB's UTF-8 PCRE compare letters by Unicode case folding.
/// </summary>
internal static class RegexPattern
{
    public static BsonRegularExpression For(StringMatchKind kind, string value, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(value);
        var pattern = new StringBuilder(value.Length + 8);
        if (kind == StringMatchKind.StartsWith)
        {
            pattern.Append('^');
        }

        AppendLiteral(pattern, value);
        if (kind == StringMatchKind.EndsWith)
        {
            pattern.Append(@"\z");
        }

        return new BsonRegularExpression(pattern.ToString(), ignoreCase ? "i" : string.Empty);
    }

    public static void AppendLiteral(StringBuilder pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c < 0x20 || c == 0x7F)
            {
                pattern.Append(@"\x{").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)).Append('}');
            }
            else if (c < 0x80 && !char.IsAsciiLetterOrDigit(c) && c is not (' ' or '_'))
            {
                pattern.Append('\\').Append(c);
            }
            else
            {
                pattern.Append(c);
            }
        }
    }
}
