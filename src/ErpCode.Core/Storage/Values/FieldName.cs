namespace ErpCode.Core.Storage.Values;

/// <summary>
/// The one rule for property names in stored documents and field paths: a letter, then letters, digits or
/// underscores, at most 128 characters. Names starting with <c>_</c> or <c>$</c> are reserved for the store
/// (<c>_id</c>, <c>_v</c> and the tags of typed values), and <c>.</c> separates path segments.
/// </summary>
public static class FieldName
{
    public const int MaxLength = 128;

    /// <summary>Returns why <paramref name="name"/> breaks the rule, or <c>null</c> when it is valid.</summary>
    public static string? Check(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a property name cannot be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"a property name has at most {MaxLength} characters, this one has {name.Length}";
        }

        if (!char.IsAsciiLetter(name[0]))
        {
            return name[0] is '_' or '$'
                ? $"names starting with '{name[0]}' are reserved for the store"
                : "a property name must start with a letter (A-Z, a-z)";
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return $"the character '{c}' is not allowed; use letters, digits and '_'";
            }
        }

        return null;
    }

    public static bool IsValid(string? name) => Check(name) is null;
}
