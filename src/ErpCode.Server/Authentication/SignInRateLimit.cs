using System.Threading.RateLimiting;
using ErpCode.Core.Errors;
using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ErpCode.Server.Authentication;

/// <summary>
/// The rate limit of sign-in endpoints: a fixed one-minute window per client IP address of
/// <c>Security:RateLimit:PermitPerMinute</c> requests; more are answered 429 with an OData-style error, except the
/// portal's login form, which shows the form again with the same sentence (a person reads it, not a client).
/// </summary>
internal static class SignInRateLimit
{
    public const string PolicyName = "ErpCode.SignIn";

    public const string Message = "Too many sign-in attempts from this address; wait a minute and try again.";

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(PolicyName, context =>
        {
            var permit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimit.PermitPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.ClientAddress() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
        options.OnRejected = (rejected, cancellationToken) =>
        {
            rejected.HttpContext.Response.Headers.RetryAfter = "60";
            var request = rejected.HttpContext.Request;
            if (request.HasFormContentType && request.Path.Equals("/auth/login", StringComparison.OrdinalIgnoreCase))
            {
                return new ValueTask(LoginPage.Render(null, LoginProblem.TooManyAttempts).ExecuteAsync(rejected.HttpContext));
            }

            return new ValueTask(AuthenticationErrors.WriteAsync(
                rejected.HttpContext,
                StatusCodes.Status429TooManyRequests,
                ErpCodeErrorCodes.TooManyRequests,
                SignInRateLimit.Message));
        };
    }
}
