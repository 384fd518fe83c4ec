using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Documents.Coercion;

public sealed class ClrValueTests
{
    public static TheoryData<object> FloatingPointNumbers => new() { 1.5d, 0.1f, double.NaN };

    public static TheoryData<object> WholeNumbers => new() { 42, 42L, (short)42, (byte)42, (sbyte)42, (ushort)42, 42u };

    [Theory]
    [MemberData(nameof(FloatingPointNumbers))]
    public void ToDocValue_FloatingPointNumber_IsRefusedSuggestingDecimal(object value)
    {
        var result = ClrValue.ToDocValue(value, out var problem);

        Assert.Null(result);
        Assert.NotNull(problem);
        Assert.StartsWith("gave the floating-point number ", problem);
        Assert.Contains("write decimal numbers (such as 1.5m)", problem);
    }

    [Fact]
    public void ToDocValue_UnspecifiedDateTime_IsRefusedAskingForATimeZone()
    {
        var result = ClrValue.ToDocValue(new DateTime(2026, 2, 28, 9, 30, 0, DateTimeKind.Unspecified), out var problem);

        Assert.Null(result);
        Assert.Equal("gave a date-time without a time zone; use Clock.UtcNow or DateTime.SpecifyKind(…, DateTimeKind.Utc)", problem);
    }

    [Theory]
    [MemberData(nameof(WholeNumbers))]
    public void ToDocValue_WholeNumber_GivesInt64(object value)
    {
        var result = ClrValue.ToDocValue(value, out var problem);

        Assert.Null(problem);
        Assert.Equal(42L, Assert.IsType<Int64Value>(result).Value);
    }

    [Fact]
    public void ToDocValue_Decimal_KeepsDigitsAndScale()
    {
        var result = ClrValue.ToDocValue(12345678901234567.890m, out var problem);

        Assert.Null(problem);
        Assert.Equal("12345678901234567.890", Assert.IsType<DecimalValue>(result).ToString());
    }

    [Fact]
    public void ToDocValue_DateOnlyAndInstants_GiveDateAndDateTimeValues()
    {
        var date = ClrValue.ToDocValue(new DateOnly(2026, 2, 28), out _);
        var utc = ClrValue.ToDocValue(new DateTime(2026, 2, 28, 9, 30, 0, DateTimeKind.Utc), out _);
        var offset = ClrValue.ToDocValue(new DateTimeOffset(2026, 2, 28, 10, 30, 0, TimeSpan.FromHours(1)), out _);

        Assert.Equal(new DateOnly(2026, 2, 28), Assert.IsType<DateValue>(date).Value);
        Assert.Equal("2026-02-28T09:30:00.000Z", Assert.IsType<DateTimeValue>(utc).ToString());
        Assert.Equal("2026-02-28T09:30:00.000Z", Assert.IsType<DateTimeValue>(offset).ToString());
    }

    [Fact]
    public void ToDocValue_NullTextBoolAndDocValue_AreStoredAsThemselves()
    {
        var body = DocumentValue.Create(("a", 1));

        Assert.Same(NullValue.Instance, ClrValue.ToDocValue(null, out _));
        ValueAssert.Equal(new StringValue("x"), ClrValue.ToDocValue("x", out _));
        Assert.Same(BoolValue.True, ClrValue.ToDocValue(true, out _));
        Assert.Same(body, ClrValue.ToDocValue(body, out _));
    }

    [Fact]
    public void ToDocValue_ListOfNumbersAndNestedLists_GivesArrays()
    {
        var result = ClrValue.ToDocValue(new List<object> { 1, 2.5m, new[] { "a", "b" } }, out var problem);

        Assert.Null(problem);
        ValueAssert.Equal(new ArrayValue(1L, 2.5m, new ArrayValue("a", "b")), result);
    }

    [Fact]
    public void ToDocValue_ListHoldingADouble_IsRefusedWithTheItemsProblem()
    {
        var result = ClrValue.ToDocValue(new List<object> { 1m, 2.5d }, out var problem);

        Assert.Null(result);
        Assert.NotNull(problem);
        Assert.Contains("decimal", problem);
    }

    [Theory]
    [InlineData(typeof(Guid), "gave a Guid, which cannot be stored")]
    [InlineData(typeof(ulong), "gave a UInt64, which cannot be stored")]
    public void ToDocValue_UnsupportedType_IsRefusedNamingTheType(Type type, string expected)
    {
        var result = ClrValue.ToDocValue(Activator.CreateInstance(type), out var problem);

        Assert.Null(result);
        Assert.Equal(expected, problem);
    }
}
