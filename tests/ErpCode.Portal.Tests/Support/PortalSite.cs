using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Support;

/// <summary>
/// One running portal (a real server on 127.0.0.1 with the shipped templates and demo data) and one headless
/// Chromium for the whole test assembly. Each test opens its own browser context, so sign-ins never leak.
/// </summary>
public sealed class PortalSite : IAsyncLifetime
{
    private PortalServerFactory? _server;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string? SkipReason { get; private set; }

    /// <summary>The running server's services (the document and definition services), to arrange data as a test's caller.</summary>
    public IServiceProvider Services => _server?.Services ?? throw new InvalidOperationException(SkipReason ?? "The portal site is not started.");

    /// <summary>The server's extra folder of templates (<c>Portal:TemplateFolders:0</c>); the templates page reads it on each load.</summary>
    public string TemplateFolder => _server?.TemplateFolder ?? throw new InvalidOperationException(SkipReason ?? "The portal site is not started.");

    /// <summary>The demo users of seed/users.json and the admin (a developer here).</summary>
    public static IReadOnlyDictionary<string, string> Passwords { get; } = new Dictionary<string, string>
    {
        ["admin"] = PortalServerFactory.AdminPassword,
        ["sam"] = "demo-sales-2026",
        ["alice"] = "demo-books-2026",
        ["maria"] = "demo-manage-2026",
        ["otto"] = "demo-audit-2026",
    };

    /// <summary>Where screenshots of the main pages go: screenshots/ under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var chromium = Browsers.Chromium();
        if (chromium is null)
        {
            SkipReason = Browsers.MissingReason;
            return;
        }

        _server = new PortalServerFactory();
        _server.StartServer();
        BaseAddress = new Uri(_server.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority) + "/");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);

        // Saves compile C# and two cores run the server, the browser and the tests: expectations wait as long as
        // actions do rather than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A fresh browser context signed in as <paramref name="user"/> through the login form, on the home page.</summary>
    public async Task<IPage> SignInAsync(string user, string? returnPath = null)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(returnPath ?? "/");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(Passwords[user]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/auth/login", StringComparison.Ordinal));
        await WaitForPortalAsync(page);
        return page;
    }

    /// <summary>Waits until the interactive circuit is up, so clicks reach the server-side components.</summary>
    public static async Task WaitForPortalAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.body.dataset.portalReady === 'true'");
    }

    /// <summary>Saves a full-page screenshot as screenshots/<paramref name="name"/>.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
