namespace ErpCode.Core.Types.Checking;

/// <summary>The naming rules of definitions: type and sheet names are C# identifiers starting with a capital letter.</summary>
public static class Identifiers
{
    public const int MaxTypeNameLength = 64;

    /// <summary>Why <paramref name="name"/> cannot name a portal type, property sheet or entity set, or null.</summary>
    public static string? CheckTypeName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "the name is empty";
        }

        if (name.Length > MaxTypeNameLength)
        {
            return $"the name has {name.Length} characters, at most {MaxTypeNameLength} are allowed";
        }

        if (!char.IsAsciiLetterUpper(name[0]))
        {
            return $"'{name}' must start with a capital letter (A-Z)";
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? null : $"'{name}' may hold only letters, digits and '_'";
    }

    /// <summary>Why <paramref name="name"/> cannot name a property, constraint or base category, or null.</summary>
    public static string? CheckMemberName(string? name) =>
        ErpCode.Core.Storage.Values.FieldName.Check(name) is { } problem ? $"'{name}': {problem}" : null;

    /// <summary>Why <paramref name="id"/> cannot be a category item id, or null.</summary>
    public static string? CheckCategoryId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "the id is empty";
        }

        return id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? null
            : $"'{id}' may hold only letters, digits, '_' and '-' (at most 64)";
    }
}
