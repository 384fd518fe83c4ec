using System.Globalization;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Values;

/// <summary>Equality, hashing and text of the small scalar kinds: null, bool, integer, string and date.</summary>
public sealed class ScalarValueTests
{
    [Fact]
    public void NullValue_IsOneInstanceEqualToItself()
    {
        Assert.Equal(NullValue.Instance, DocValue.Null);
        Assert.Equal(0, NullValue.Instance.GetHashCode());
        Assert.Equal("null", NullValue.Instance.ToString());
        Assert.NotEqual<DocValue>(NullValue.Instance, new StringValue(string.Empty));
    }

    [Fact]
    public void BoolValue_Of_ReturnsTheSharedInstances()
    {
        Assert.Same(BoolValue.True, BoolValue.Of(true));
        Assert.Same(BoolValue.False, BoolValue.Of(false));
        Assert.Equal(ValueKind.Bool, BoolValue.True.Kind);
    }

    [Fact]
    public void BoolValue_EqualityHashAndText()
    {
        Assert.Equal(BoolValue.True, BoolValue.Of(true));
        Assert.NotEqual(BoolValue.True, BoolValue.False);
        Assert.Equal(BoolValue.True.GetHashCode(), BoolValue.Of(true).GetHashCode());
        Assert.Equal("true", BoolValue.True.ToString());
        Assert.Equal("false", BoolValue.False.ToString());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public void Int64Value_EqualValues_AreEqualWithEqualHashes(long n)
    {
        // Arrange
        var a = new Int64Value(n);
        var b = new Int64Value(n);

        // Act / Assert
        ValueAssert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(n.ToString(CultureInfo.InvariantCulture), a.ToString());
        Assert.Equal(ValueKind.Int64, a.Kind);
    }

    [Fact]
    public void Int64Value_DifferentValues_AreNotEqual()
    {
        Assert.NotEqual(new Int64Value(1), new Int64Value(2));
    }

    [Fact]
    public void Int64Value_ToString_IgnoresTheCurrentCulture()
    {
        // Arrange
        var previous = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NegativeSign = "~";
        CultureInfo.CurrentCulture = odd;
        try
        {
            // Act / Assert
            Assert.Equal("-1234567", new Int64Value(-1234567).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void StringValue_Null_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new StringValue(null!));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void StringValue_EqualityIsOrdinal()
    {
        Assert.Equal(new StringValue("abc"), new StringValue("abc"));
        Assert.Equal(new StringValue("abc").GetHashCode(), new StringValue("abc").GetHashCode());
        Assert.NotEqual(new StringValue("abc"), new StringValue("ABC"));

        // Precomposed é and e + combining acute look alike but are different strings.
        Assert.NotEqual(new StringValue("\u00e9"), new StringValue("e\u0301"));
        Assert.Equal(ValueKind.String, new StringValue(string.Empty).Kind);
    }

    [Fact]
    public void StringValue_ToString_IsTheRawText()
    {
        Assert.Equal("日本語 😀", new StringValue("日本語 😀").ToString());
    }

    [Fact]
    public void DateValue_EqualityHashAndText()
    {
        // Arrange
        var a = new DateValue(new DateOnly(2024, 3, 1));
        var b = new DateValue(new DateOnly(2024, 3, 1));

        // Act / Assert
        ValueAssert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        ValueAssert.NotEqual(a, new DateValue(new DateOnly(2024, 3, 2)));
        Assert.Equal("2024-03-01", a.ToString());
        Assert.Equal("0001-01-01", new DateValue(DateOnly.MinValue).ToString());
        Assert.Equal(ValueKind.Date, a.Kind);
    }

    [Fact]
    public void Values_OfDifferentKinds_AreNeverEqual()
    {
        // Arrange
        DocValue[] values =
        [
            DocValue.Null, BoolValue.False, new Int64Value(0), new DecimalValue(0m), new StringValue("0"),
            new DateValue(DateOnly.MinValue), new DateTimeValue(DateTime.MinValue.ToUniversalTime()),
            ArrayValue.Empty, DocumentValue.Empty,
        ];

        // Act / Assert
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                Assert.Equal(i == j, values[i].Equals(values[j]));
            }
        }
    }
}
