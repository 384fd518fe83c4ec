using System.Net;
using System.Text.RegularExpressions;
using ErpCode.Server.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Server.Tests.Authentication;

public sealed partial class AdminBootstrapTests
{
    [Fact]
    public async Task First_start_creates_admin_with_the_configured_password()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var me = await client.GetAsync("/auth/me", AuthTestClient.Basic("admin", AuthTestClient.AdminPassword));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(["Manager"], (await AuthTestClient.JsonAsync(me)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task First_start_without_a_configured_password_prints_a_generated_one_once_to_the_console()
    {
        using var console = new StringWriter();
        await using var server = new ErpCodeServerFactory(new Dictionary<string, string?> { ["Site:AdminPassword"] = "" })
        {
            TestServices = services => services.AddSingleton(new BootstrapConsole(console)),
        };
        using var client = server.Raw();

        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var match = PrintedPassword().Match(console.ToString());
        using var me = await client.GetAsync("/auth/me", AuthTestClient.Basic("admin", match.Groups[1].Value));

        Assert.True(match.Success, console.ToString());
        Assert.True(match.Groups[1].Value.Length >= 20);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Single(PrintedPassword().Matches(console.ToString()));
    }

    [GeneratedRegex("password: (\\S+)")]
    private static partial Regex PrintedPassword();
}
