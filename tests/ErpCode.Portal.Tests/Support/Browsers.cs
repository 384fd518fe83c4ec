namespace ErpCode.Portal.Tests.Support;

/// <summary>
/// Where the browser for the end-to-end tests is: <c>ERPCODE_TEST_CHROMIUM</c>, else Debian's chromium package
/// (<c>/usr/bin/chromium</c>, which .ci/run installs). Playwright cannot download its own browsers here.
/// </summary>
public static class Browsers
{
    public const string EnvironmentVariable = "ERPCODE_TEST_CHROMIUM";

    public static string? Chromium()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
    }

    public static string MissingReason =>
        $"No Chromium found (set {EnvironmentVariable} or install Debian's chromium package: apt-get install chromium); the portal's browser tests need one.";
}
