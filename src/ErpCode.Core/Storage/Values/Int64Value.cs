using System.Globalization;

namespace ErpCode.Core.Storage.Values;

public sealed class Int64Value(long value) : DocValue
{
    public long Value { get; } = value;

    public override ValueKind Kind => ValueKind.Int64;

    public override bool Equals(DocValue? other) => other is Int64Value i && i.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
