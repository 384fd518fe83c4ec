using System.Globalization;

namespace ErpCode.Core.Storage.Values;

/// <summary>
/// An exact decimal (28-29 significant digits, scale 0-28), stored without passing through a binary float.
/// The scale is kept: 1.50 reads back as 1.50. Equality is numeric, as for <see cref="decimal"/> (1.5 equals 1.50).
/// </summary>
public sealed class DecimalValue(decimal value) : DocValue
{
    public decimal Value { get; } = value;

    public override ValueKind Kind => ValueKind.Decimal;

    public override bool Equals(DocValue? other) => other is DecimalValue d && d.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
