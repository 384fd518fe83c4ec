namespace ErpCode.Core.Security.Users;

/// <summary>The minimum password rule every new password must pass: at least <see cref="MinLength"/> characters, not only spaces.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;

    /// <summary>Longer passwords are refused: hashing megabytes on every sign-in would be a cheap denial of service.</summary>
    public const int MaxLength = 1024;

    /// <summary>What is wrong with <paramref name="password"/>, or <c>null</c> when it passes.</summary>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"a password needs at least {MinLength} characters";
        }

        if (password.Length > MaxLength)
        {
            return $"a password has at most {MaxLength} characters";
        }

        return string.IsNullOrWhiteSpace(password) ? "a password cannot be only spaces" : null;
    }
}
