using ErpCode.Templates.Errors;
using ErpCode.Templates.Manifest;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Manifest;

/// <summary>template.yaml: every field checked, errors naming the file, the line and the field.</summary>
public sealed class ManifestTests
{
    [Fact]
    public void Read_names_the_fields_and_dependencies()
    {
        var folder = Fixtures.Read("tpl_sales");

        Assert.Equal("tpl_sales", folder.Manifest.Name);
        Assert.Equal(new SemanticVersion(1, 0, 0, string.Empty), folder.Manifest.Version);
        Assert.Equal("MIT", folder.Manifest.Licence);
        var dependency = Assert.Single(folder.Manifest.Dependencies);
        Assert.Equal("tpl_base >=1.0.0 <2.0.0", dependency.ToString());
    }

    [Theory]
    [InlineData("name: tpl_base\nversion: 1.0\ndescription: d\nauthor: a\nlicence: MIT\n", 2, "version", "not a semantic version")]
    [InlineData("name: tpl_base\nversion: 1.0.0\ndescription: d\nlicence: MIT\n", 1, "author", "'author' is missing")]
    [InlineData("name: tpl_base\nversion: 1.0.0\ndescription: d\nauthor: a\nlicense: MIT\n", 5, "license", "not a manifest field")]
    [InlineData("name: tpl_base\nversion: 1.0.0\ndescription: d\nauthor: a\nlicence: MIT\ndependencies:\n  - name: erp_x\n    version: \">=banana\"\n", 8, "dependencies[0].version", "not a version comparator")]
    [InlineData("name: tpl_base\nversion: [1\n", 3, "", "not valid YAML")]
    [InlineData("name: Tpl-Base\nversion: 1.0.0\ndescription: d\nauthor: a\nlicence: MIT\n", 1, "name", "not a template name")]
    public void A_bad_manifest_is_refused_naming_the_file_line_and_field(string text, int line, string field, string problem)
    {
        using var scratch = Fixtures.Copy("tpl_base");
        scratch.Write("template.yaml", text);

        var ex = Assert.Throws<TemplateFormatException>(scratch.Read);

        Assert.Equal("template.yaml", ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(field, ex.Field);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.3", ">=1.0.0 <2.0.0", true)]
    [InlineData("2.0.0", ">=1.0.0 <2.0.0", false)]
    [InlineData("1.9.0", "^1.2.0", true)]
    [InlineData("1.3.0", "~1.2.0", false)]
    [InlineData("1.0.0-beta", ">=1.0.0", false)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("7.0.0", "*", true)]
    public void VersionRange_accepts_the_versions_semver_says(string version, string range, bool included) =>
        Assert.Equal(included, VersionRange.TryParse(range, out _)!.Includes(SemanticVersion.TryParse(version)!));
}
