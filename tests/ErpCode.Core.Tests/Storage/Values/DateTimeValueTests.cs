using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class DateTimeValueTests
{
    [Fact]
    public void Constructor_Utc_KeepsTheInstant()
    {
        // Arrange
        var utc = new DateTime(2024, 3, 1, 9, 30, 15, 250, DateTimeKind.Utc);

        // Act
        var value = new DateTimeValue(utc);

        // Assert
        Assert.Equal(utc, value.Value);
        Assert.Equal(DateTimeKind.Utc, value.Value.Kind);
        Assert.Equal(ValueKind.DateTime, value.Kind);
    }

    [Fact]
    public void Constructor_Local_ConvertsToUtc()
    {
        // Arrange
        var local = new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Local);

        // Act
        var value = new DateTimeValue(local);

        // Assert
        Assert.Equal(DateTimeKind.Utc, value.Value.Kind);
        Assert.Equal(local.ToUniversalTime(), value.Value);
    }

    [Theory]
    [InlineData(5.5, "2024-03-01T04:00:00.000Z")]
    [InlineData(-8, "2024-03-01T17:30:00.000Z")]
    [InlineData(14, "2024-02-29T19:30:00.000Z")]
    [InlineData(-12, "2024-03-01T21:30:00.000Z")]
    [InlineData(0, "2024-03-01T09:30:00.000Z")]
    public void Constructor_Offset_ConvertsToUtc(double offsetHours, string expectedUtc)
    {
        // Arrange
        var time = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(offsetHours));

        // Act
        var value = new DateTimeValue(time);

        // Assert
        Assert.Equal(expectedUtc, value.ToString());
        Assert.Equal(DateTimeKind.Utc, value.Value.Kind);
        Assert.Equal(time.UtcDateTime, value.Value);
    }

    [Fact]
    public void Constructor_SubMillisecondTicks_AreTruncatedNotRounded()
    {
        // Arrange: 123.9999 ms
        var precise = new DateTime(2024, 3, 1, 9, 30, 0, 123, DateTimeKind.Utc).AddTicks(9_999);

        // Act
        var value = new DateTimeValue(precise);

        // Assert
        Assert.Equal(new DateTime(2024, 3, 1, 9, 30, 0, 123, DateTimeKind.Utc), value.Value);
        Assert.Equal(0, value.Value.Ticks % TimeSpan.TicksPerMillisecond);
    }

    [Fact]
    public void Constructor_Unspecified_ThrowsArgumentExceptionNamingTheValue()
    {
        // Arrange
        var unspecified = new DateTime(2024, 3, 1, 9, 30, 0);

        // Act
        var ex = Assert.Throws<ArgumentException>(() => new DateTimeValue(unspecified));

        // Assert
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("DateTimeKind.Unspecified", ex.Message);
        Assert.Contains("2024-03-01T09:30:00", ex.Message);
    }

    [Fact]
    public void Equals_SameInstantFromDifferentZones_AreEqualWithEqualHashes()
    {
        // Arrange
        var fromUtc = new DateTimeValue(new DateTime(2024, 3, 1, 7, 30, 0, DateTimeKind.Utc));
        var fromOffset = new DateTimeValue(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(2)));

        // Act / Assert
        Assert.Equal(fromUtc, fromOffset);
        Assert.Equal(fromUtc.GetHashCode(), fromOffset.GetHashCode());
    }

    [Fact]
    public void Equals_TimesWithinTheSameMillisecond_AreEqual()
    {
        // Arrange
        var start = new DateTime(2024, 3, 1, 0, 0, 0, 5, DateTimeKind.Utc);

        // Act / Assert
        Assert.Equal(new DateTimeValue(start), new DateTimeValue(start.AddTicks(1)));
        Assert.NotEqual(new DateTimeValue(start), new DateTimeValue(start.AddMilliseconds(1)));
    }

    [Fact]
    public void ToString_IsIso8601UtcWithMilliseconds()
    {
        // Arrange
        var value = new DateTimeValue(new DateTimeOffset(2024, 3, 1, 9, 30, 0, 7, TimeSpan.FromHours(1)));

        // Act / Assert
        Assert.Equal("2024-03-01T08:30:00.007Z", value.ToString());
    }

    [Fact]
    public void Constructor_Extremes_AreAccepted()
    {
        Assert.Equal(DateTime.MinValue, new DateTimeValue(DateTimeOffset.MinValue).Value);
        Assert.Equal("9999-12-31T23:59:59.999Z", new DateTimeValue(DateTimeOffset.MaxValue).ToString());
    }
}
