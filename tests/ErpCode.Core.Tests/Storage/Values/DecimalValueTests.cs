using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class DecimalValueTests
{
    [Fact]
    public void Equals_SameNumberDifferentScale_AreEqualWithEqualHashes()
    {
        // Arrange
        var a = new DecimalValue(1.5m);
        var b = new DecimalValue(1.50m);

        // Act / Assert
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_ZeroAndNegativeZero_AreEqual()
    {
        Assert.Equal(new DecimalValue(0m), new DecimalValue(-0.00m));
        Assert.Equal(new DecimalValue(0m).GetHashCode(), new DecimalValue(-0.00m).GetHashCode());
    }

    [Fact]
    public void Equals_DifferentNumbers_AreNotEqual()
    {
        Assert.NotEqual(new DecimalValue(1.5m), new DecimalValue(1.51m));
        Assert.NotEqual(new DecimalValue(0.0000000000000000000000000001m), new DecimalValue(0m));
    }

    [Fact]
    public void Value_KeepsTheScale()
    {
        // Act
        var value = new DecimalValue(1.50m);

        // Assert
        Assert.Equal(2, value.Value.Scale);
        Assert.Equal("1.50", value.ToString());
        Assert.Equal(ValueKind.Decimal, value.Kind);
    }

    [Fact]
    public void ToString_Extremes_UseInvariantDigits()
    {
        Assert.Equal("79228162514264337593543950335", new DecimalValue(decimal.MaxValue).ToString());
        Assert.Equal("-79228162514264337593543950335", new DecimalValue(decimal.MinValue).ToString());
        Assert.Equal("0.0000000000000000000000000001", new DecimalValue(0.0000000000000000000000000001m).ToString());
    }
}
