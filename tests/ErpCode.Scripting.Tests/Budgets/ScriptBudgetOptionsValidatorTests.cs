using ErpCode.Scripting.Budgets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Tests.Budgets;

public sealed class ScriptBudgetOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new ScriptBudgetOptionsValidator().Validate(null, new ScriptBudgetOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_UnlimitedEverywhere_Succeeds()
    {
        // Arrange
        var options = new ScriptBudgetOptions();
        options.Test.Timeout = "Unlimited";
        options.Test.MaxAllocatedBytes = "UNLIMITED";
        options.Test.MaxRecursionDepth = " unlimited ";

        // Act
        var result = new ScriptBudgetOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("Timeout", "0", "Scripting:Budgets:Expression:Timeout '0' is out of range; use a time from 00:00:00.001 to 01:00:00, or Unlimited.")]
    [InlineData("Timeout", "02:00:00", "Scripting:Budgets:Expression:Timeout '02:00:00' is out of range; use a time from 00:00:00.001 to 01:00:00, or Unlimited.")]
    [InlineData("Timeout", "soon", "Scripting:Budgets:Expression:Timeout 'soon' is not a time; use a time from 00:00:00.001 to 01:00:00, or Unlimited.")]
    [InlineData("MaxAllocatedBytes", "0", "Scripting:Budgets:Expression:MaxAllocatedBytes '0' is out of range; use a number of bytes from 65,536 to 68,719,476,736, or Unlimited.")]
    [InlineData("MaxAllocatedBytes", "16MB", "Scripting:Budgets:Expression:MaxAllocatedBytes '16MB' is not a number of bytes; use a number of bytes from 65,536 to 68,719,476,736, or Unlimited.")]
    [InlineData("MaxRecursionDepth", "-1", "Scripting:Budgets:Expression:MaxRecursionDepth '-1' is out of range; use a number of calls from 1 to 100,000, or Unlimited.")]
    [InlineData("MaxRecursionDepth", "", "Scripting:Budgets:Expression:MaxRecursionDepth is empty; use a number of calls from 1 to 100,000, or Unlimited.")]
    public void Validate_BadValue_FailsNamingTheKey(string setting, string value, string message)
    {
        // Arrange
        var options = new ScriptBudgetOptions();
        typeof(ComponentBudgetOptions).GetProperty(setting)!.SetValue(options.Expression, value);

        // Act
        var result = new ScriptBudgetOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Equal([message], result.Failures);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEveryOne()
    {
        // Arrange
        var options = new ScriptBudgetOptions();
        options.Document.Timeout = "0";
        options.Test.MaxRecursionDepth = "0";

        // Act
        var result = new ScriptBudgetOptionsValidator().Validate(null, options);

        // Assert
        Assert.Collection(
            result.Failures!,
            f => Assert.StartsWith("Scripting:Budgets:Document:Timeout", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Scripting:Budgets:Test:MaxRecursionDepth", f, StringComparison.Ordinal));
    }

    [Fact]
    public void AddScriptBudgets_BadConfiguration_StopsTheHostAtStart()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scripting:Budgets:Script:MaxAllocatedBytes"] = "lots",
        }).Build();
        using var services = new ServiceCollection().AddScriptBudgets(configuration).BuildServiceProvider();

        // Act
        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        // Assert
        Assert.Contains("Scripting:Budgets:Script:MaxAllocatedBytes 'lots' is not a number of bytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddScriptBudgets_GoodConfiguration_BindsTheSection()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scripting:Budgets:Script:MaxRecursionDepth"] = "1000",
        }).Build();
        using var services = new ServiceCollection().AddScriptBudgets(configuration).BuildServiceProvider();

        // Act
        services.GetRequiredService<IStartupValidator>().Validate();
        var options = services.GetRequiredService<IOptions<ScriptBudgetOptions>>().Value;

        // Assert
        Assert.Equal("1000", options.Script.MaxRecursionDepth);
    }
}
