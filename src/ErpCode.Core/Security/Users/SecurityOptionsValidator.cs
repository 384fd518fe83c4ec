using Microsoft.Extensions.Options;

namespace ErpCode.Core.Security.Users;

/// <summary>Stops the host at start when a <c>Security</c> setting is out of range; every bad key is reported.</summary>
internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string Section = SecurityOptions.SectionName;
        if (options.Lockout.MaxFailures < 1)
        {
            errors.Add($"{Section}:Lockout:MaxFailures must be at least 1, not {options.Lockout.MaxFailures}.");
        }

        if (options.Lockout.Duration <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:Lockout:Duration must be a positive time span such as 00:15:00, not {options.Lockout.Duration}.");
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:TokenLifetime must be a positive time span such as 08:00:00, not {options.TokenLifetime}.");
        }

        if (options.RateLimit.PermitPerMinute < 1)
        {
            errors.Add($"{Section}:RateLimit:PermitPerMinute must be at least 1, not {options.RateLimit.PermitPerMinute}.");
        }

        foreach (var developer in options.Developers)
        {
            if (UserName.Check(developer?.Trim()) is { } problem)
            {
                errors.Add($"{Section}:Developers lists '{developer}', which is not a user name: {problem}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
