using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Storage.Documents;

/// <summary>
/// The one rule for document ids: 1 to 128 characters, starting with a letter, digit or '_', then letters,
/// digits and <c>_ - . : @</c>. Ids appear in URLs and OData keys, so spaces, slashes and quotes are refused.
/// </summary>
public static class DocumentId
{
    public const int MaxLength = 128;

    public static string? Check(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "an id cannot be empty";
        }

        if (id.Length > MaxLength)
        {
            return $"an id has at most {MaxLength} characters, this one has {id.Length}";
        }

        if (!char.IsAsciiLetterOrDigit(id[0]) && id[0] != '_')
        {
            return "an id must start with a letter, a digit or '_'";
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':' or '@'))
            {
                return char.IsControl(c) || char.IsWhiteSpace(c)
                    ? $"the character U+{(int)c:X4} is not allowed"
                    : $"the character '{c}' is not allowed; use letters, digits and _ - . : @";
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="InvalidDocumentIdException"/> when <paramref name="id"/> breaks the rule.</summary>
    public static string Validate(string? id, string? collection = null) =>
        Check(id) is { } problem ? throw new InvalidDocumentIdException(id, problem, collection) : id!;
}
