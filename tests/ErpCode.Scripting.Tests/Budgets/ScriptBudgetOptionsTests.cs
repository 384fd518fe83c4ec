using ErpCode.Core.Components;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Runtime;
using Microsoft.Extensions.Configuration;

namespace ErpCode.Scripting.Tests.Budgets;

public sealed class ScriptBudgetOptionsTests
{
    [Theory]
    [InlineData(ComponentKind.Expression, 250, 16, 64)]
    [InlineData(ComponentKind.Script, 5000, 256, 256)]
    [InlineData(ComponentKind.Document, 5000, 256, 256)]
    [InlineData(ComponentKind.Module, 5000, 256, 256)]
    [InlineData(ComponentKind.Test, 30_000, 1024, 256)]
    public void LimitsFor_Defaults_AreTheDocumentedOnes(ComponentKind kind, int milliseconds, long mebibytes, int depth)
    {
        // Act
        var limits = new ScriptBudgetOptions().LimitsFor(kind);

        // Assert
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), limits.Timeout.Value);
        Assert.Equal(mebibytes * 1024 * 1024, limits.MaxAllocatedBytes.Value);
        Assert.Equal(depth, limits.MaxRecursionDepth.Value);
    }

    [Fact]
    public void Bind_UnlimitedWord_LiftsOnlyThatLimit()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scripting:Budgets:Test:Timeout"] = "Unlimited",
            ["Scripting:Budgets:Test:MaxAllocatedBytes"] = "unlimited",
            ["Scripting:Budgets:Expression:Timeout"] = "00:00:00.100",
        }).Build();
        var options = new ScriptBudgetOptions();

        // Act
        configuration.GetSection(ScriptBudgetOptions.SectionName).Bind(options);

        // Assert
        var test = options.LimitsFor(ComponentKind.Test);
        Assert.Same(Limit<TimeSpan>.Unlimited, test.Timeout);
        Assert.Same(Limit<long>.Unlimited, test.MaxAllocatedBytes);
        Assert.Equal(256, test.MaxRecursionDepth.Value);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.LimitsFor(ComponentKind.Expression).Timeout.Value);
    }

    [Fact]
    public void LimitsFor_InvalidEntry_ThrowsNamingTheKey()
    {
        // Arrange
        var options = new ScriptBudgetOptions();
        options.Module.MaxRecursionDepth = "deep";

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => options.LimitsFor(ComponentKind.Module));

        // Assert
        Assert.StartsWith("Scripting:Budgets:Module:MaxRecursionDepth 'deep' is not a number of calls", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UndefinedKind_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptBudgetOptions().For((ComponentKind)42));
        Assert.Equal("kind", exception.ParamName);
    }
}
