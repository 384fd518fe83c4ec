using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

public sealed class LimitTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Of_NotPositive_Throws(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Limit<int>.Of(value));
        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void Unlimited_IsNamedAndHasNoValue()
    {
        Assert.True(Limit<long>.Unlimited.IsUnlimited);
        Assert.Equal("Unlimited", Limit<long>.Unlimited.ToString());
        Assert.Throws<InvalidOperationException>(() => Limit<long>.Unlimited.Value);
    }

    [Fact]
    public void Of_Positive_HoldsTheValue()
    {
        var limit = Limit<TimeSpan>.Of(TimeSpan.FromSeconds(2));
        Assert.False(limit.IsUnlimited);
        Assert.Equal(TimeSpan.FromSeconds(2), limit.Value);
        Assert.Equal(limit, Limit<TimeSpan>.Of(TimeSpan.FromSeconds(2)));
    }
}
