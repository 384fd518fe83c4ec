using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class DocValueTests
{
    [Fact]
    public void ImplicitString_NonNull_IsStringValue()
    {
        // Act
        DocValue value = "Ä😀";

        // Assert
        var s = Assert.IsType<StringValue>(value);
        Assert.Equal("Ä😀", s.Value);
    }

    [Fact]
    public void ImplicitString_Null_IsTheNullValue()
    {
        // Arrange
        string? nothing = null;

        // Act
        DocValue value = nothing;

        // Assert
        Assert.Same(NullValue.Instance, value);
    }

    [Fact]
    public void ImplicitInt32AndInt64_AreInt64Values()
    {
        // Act
        DocValue fromInt = 42;
        DocValue fromLong = long.MaxValue;

        // Assert
        Assert.Equal(42L, Assert.IsType<Int64Value>(fromInt).Value);
        Assert.Equal(long.MaxValue, Assert.IsType<Int64Value>(fromLong).Value);
    }

    [Fact]
    public void ImplicitDecimal_KeepsTheScale()
    {
        // Act
        DocValue value = 12.500m;

        // Assert
        var d = Assert.IsType<DecimalValue>(value);
        Assert.Equal(3, d.Value.Scale);
        Assert.Equal("12.500", d.ToString());
    }

    [Fact]
    public void ImplicitBool_UsesTheSharedInstances()
    {
        // Act
        DocValue yes = true;
        DocValue no = false;

        // Assert
        Assert.Same(BoolValue.True, yes);
        Assert.Same(BoolValue.False, no);
    }

    [Fact]
    public void ImplicitDateTime_Utc_IsDateTimeValue()
    {
        // Arrange
        var instant = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);

        // Act
        DocValue value = instant;

        // Assert
        Assert.Equal(instant, Assert.IsType<DateTimeValue>(value).Value);
    }

    [Fact]
    public void ImplicitDateTime_Unspecified_ThrowsArgumentException()
    {
        // Arrange
        var unspecified = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Unspecified);

        // Act
        var ex = Assert.Throws<ArgumentException>(() => { DocValue _ = unspecified; });

        // Assert
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("DateTimeKind.Unspecified", ex.Message);
    }

    [Fact]
    public void ImplicitDateTimeOffset_IsConvertedToUtc()
    {
        // Arrange
        var withOffset = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));

        // Act
        DocValue value = withOffset;

        // Assert
        var dt = Assert.IsType<DateTimeValue>(value);
        Assert.Equal(new DateTime(2024, 3, 1, 7, 30, 0, DateTimeKind.Utc), dt.Value);
    }

    [Fact]
    public void ImplicitDateOnly_IsDateValue()
    {
        // Act
        DocValue value = new DateOnly(2024, 2, 29);

        // Assert
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.IsType<DateValue>(value).Value);
    }

    [Fact]
    public void Null_IsTheNullValueInstance()
    {
        Assert.Same(NullValue.Instance, DocValue.Null);
        Assert.Equal(ValueKind.Null, DocValue.Null.Kind);
    }

    [Theory]
    [InlineData(ValueKind.Int64, true)]
    [InlineData(ValueKind.Decimal, true)]
    [InlineData(ValueKind.String, false)]
    [InlineData(ValueKind.Null, false)]
    [InlineData(ValueKind.Bool, false)]
    [InlineData(ValueKind.Date, false)]
    public void IsNumber_TrueForIntegersAndDecimalsOnly(ValueKind kind, bool expected)
    {
        // Arrange
        DocValue value = kind switch
        {
            ValueKind.Int64 => 1,
            ValueKind.Decimal => 1m,
            ValueKind.String => "1",
            ValueKind.Bool => true,
            ValueKind.Date => new DateOnly(2024, 1, 1),
            _ => DocValue.Null,
        };

        // Act / Assert
        Assert.Equal(expected, value.IsNumber);
    }

    [Fact]
    public void EqualityOperators_CompareByValue()
    {
        // Arrange
        DocValue a = "x";
        DocValue b = "x";
        DocValue c = "y";
        DocValue? none = null;

        // Act / Assert
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != c);
        Assert.False(a == none);
        Assert.True(none == null);
    }

    [Fact]
    public void Equals_IntegerAndDecimalOfSameValue_AreDifferentValues()
    {
        // Value equality is per kind; only filters compare numbers across kinds.
        // Arrange
        DocValue integer = 1;
        DocValue @decimal = 1m;

        // Act / Assert
        Assert.NotEqual(integer, @decimal);
        Assert.False(integer.Equals((object)@decimal));
    }

    [Fact]
    public void EqualsObject_NonDocValue_IsFalse()
    {
        // Arrange
        DocValue value = "x";

        // Act / Assert
        Assert.False(value.Equals((object)"x"));
        Assert.False(value.Equals((object?)null));
    }
}
