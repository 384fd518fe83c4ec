using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Storage.Collections;

/// <summary>
/// The one rule for collection names: a letter, then letters, digits or '_', at most 64 characters.
/// Names are case-sensitive, as in MongoDB; names that differ only by case are refused as ambiguous on SQLite.
/// </summary>
public static class CollectionName
{
    public const int MaxLength = 64;

    public static string? Check(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a collection name cannot be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"a collection name has at most {MaxLength} characters";
        }

        if (!char.IsAsciiLetter(name[0]))
        {
            return "a collection name must start with a letter";
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? null : "use letters, digits and '_' only";
    }

    public static string Validate(string? name) =>
        Check(name) is { } problem ? throw new InvalidCollectionNameException(name ?? string.Empty, problem) : name!;
}
