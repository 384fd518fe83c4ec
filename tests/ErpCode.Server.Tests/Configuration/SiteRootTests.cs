using ErpCode.Server.Configuration;

namespace ErpCode.Server.Tests.Configuration;

public sealed class SiteRootTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "erpcode-siteroot-tests", Guid.NewGuid().ToString("N"));

    public SiteRootTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "src", "ErpCode.Server", "bin"));
        File.WriteAllText(Path.Combine(_root, "appsettings.json"), "{}");
        File.WriteAllText(Path.Combine(_root, "ErpCode.sln"), string.Empty);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Find_from_a_folder_inside_the_checkout_returns_the_root_configuration()
    {
        var found = SiteRoot.Find([], null, Path.Combine(_root, "src", "ErpCode.Server"), "/nowhere");

        Assert.Equal(Path.Combine(_root, "appsettings.json"), found);
    }

    [Fact]
    public void Find_from_outside_the_checkout_uses_the_program_folder_location()
    {
        var found = SiteRoot.Find([], null, Path.GetTempPath(), Path.Combine(_root, "src", "ErpCode.Server", "bin"));

        Assert.Equal(Path.Combine(_root, "appsettings.json"), found);
    }

    [Fact]
    public void Find_with_an_explicit_config_option_or_variable_uses_that_file()
    {
        var other = Path.Combine(_root, "site-b.json");
        File.WriteAllText(other, "{}");

        Assert.Equal(other, SiteRoot.Find(["--config", other], null, "/", "/"));
        Assert.Equal(other, SiteRoot.Find([$"--config={other}"], null, "/", "/"));
        Assert.Equal(other, SiteRoot.Find([], other, "/", "/"));
    }

    [Fact]
    public void Find_with_a_missing_explicit_file_throws_naming_it()
    {
        var missing = Path.Combine(_root, "missing.json");

        var ex = Assert.Throws<FileNotFoundException>(() => SiteRoot.Find(["--config", missing], null, "/", "/"));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }
}
