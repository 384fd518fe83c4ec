namespace ErpCode.Core.Security.Users;

/// <summary>
/// The one rule for user and group names: 1 to 64 characters, ASCII letters, digits and <c>. _ - @</c> (so never the
/// <c>:</c> that HTTP Basic uses as separator). Names are unique ignoring case.
/// </summary>
public static class UserName
{
    public const int MaxLength = 64;

    /// <summary>What is wrong with <paramref name="name"/>, or <c>null</c> when it is a valid name.</summary>
    public static string? Check(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a name cannot be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"a name has at most {MaxLength} characters, this one has {name.Length}";
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-' or '@'))
            {
                return char.IsControl(c) || char.IsWhiteSpace(c)
                    ? $"the character U+{(int)c:X4} is not allowed; use letters, digits and . _ - @"
                    : $"the character '{c}' is not allowed; use letters, digits and . _ - @";
            }
        }

        return null;
    }

    /// <summary>The key that makes names unique ignoring case.</summary>
    public static string Key(string name) => name.ToUpperInvariant();
}
