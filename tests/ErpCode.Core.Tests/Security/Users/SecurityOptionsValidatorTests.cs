using ErpCode.Core.Security.Users;

namespace ErpCode.Core.Tests.Security.Users;

public sealed class SecurityOptionsValidatorTests
{
    [Fact]
    public void Validate_of_the_defaults_succeeds()
    {
        var result = new SecurityOptionsValidator().Validate(null, new SecurityOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_reports_every_bad_key_by_its_name()
    {
        var options = new SecurityOptions
        {
            Lockout = new LockoutOptions { MaxFailures = 0, Duration = TimeSpan.Zero },
            TokenLifetime = TimeSpan.FromHours(-1),
            RateLimit = new SignInRateLimitOptions { PermitPerMinute = 0 },
        };
        options.Developers.Add("bad:name");

        var result = new SecurityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(5, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Security:Lockout:MaxFailures", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Security:Lockout:Duration", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Security:TokenLifetime", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Security:RateLimit:PermitPerMinute", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("'bad:name'", StringComparison.Ordinal));
    }
}
