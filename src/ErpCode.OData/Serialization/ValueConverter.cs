using System.Globalization;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Serialization;

/// <summary>Converts stored values to the CLR values ODL writes for an EDM type, and read OData values back to stored values.</summary>
internal static class ValueConverter
{
    /// <summary>
    /// The OData value of <paramref name="value"/> for <paramref name="type"/>, or null when it does not fit: a document
    /// written before its property changed type shows the property as null instead of failing the whole response.
    /// </summary>
    public static object? ToOData(DocValue value, IEdmTypeReference type)
    {
        if (type.IsCollection())
        {
            var element = type.AsCollection().ElementType();
            return value is ArrayValue array
                ? new ODataCollectionValue
                {
                    TypeName = type.FullName(),
                    Items = [.. array.Items.Select(i => ToPrimitive(i, element)).Where(i => i is not null)],
                }
                : null;
        }

        return ToPrimitive(value, type);
    }

    private static object? ToPrimitive(DocValue value, IEdmTypeReference type) => (type.PrimitiveKind(), value) switch
    {
        (EdmPrimitiveTypeKind.String, StringValue s) => s.Value,
        (EdmPrimitiveTypeKind.Int64, Int64Value i) => i.Value,
        (EdmPrimitiveTypeKind.Int64, DecimalValue d) when d.Value == decimal.Truncate(d.Value) && d.Value is >= long.MinValue and <= long.MaxValue => (long)d.Value,
        (EdmPrimitiveTypeKind.Decimal, DecimalValue d) => d.Value,
        (EdmPrimitiveTypeKind.Decimal, Int64Value i) => (decimal)i.Value,
        (EdmPrimitiveTypeKind.Boolean, BoolValue b) => b.Value,
        (EdmPrimitiveTypeKind.Date, DateValue d) => new Date(d.Value.Year, d.Value.Month, d.Value.Day),
        (EdmPrimitiveTypeKind.DateTimeOffset, DateTimeValue t) => new DateTimeOffset(t.Value),
        _ => null,
    };

    /// <summary>The stored value of a value ODL read from a payload or a parameter; <paramref name="target"/> names it in the error.</summary>
    public static DocValue FromOData(object? value, string target) => value switch
    {
        null => DocValue.Null,
        ODataNullValue => DocValue.Null,
        string s => new StringValue(s),
        bool b => BoolValue.Of(b),
        long l => new Int64Value(l),
        int i => new Int64Value(i),
        short i => new Int64Value(i),
        byte i => new Int64Value(i),
        sbyte i => new Int64Value(i),
        decimal d => new DecimalValue(d),
        double d when double.IsFinite(d) => new DecimalValue(decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
        float f when float.IsFinite(f) => new DecimalValue(decimal.Parse(f.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
        Date d => new DateValue(new DateOnly(d.Year, d.Month, d.Day)),
        DateOnly d => new DateValue(d),
        DateTimeOffset t => new DateTimeValue(t),
        ODataEnumValue e => new StringValue(e.Value),
        ODataCollectionValue c => new ArrayValue(c.Items.Select(i => FromOData(i, target))),
        _ => throw ODataRequestException.BadPayload($"The value of '{target}' ({value.GetType().Name}) has no ErpCode equivalent.", target),
    };
}
