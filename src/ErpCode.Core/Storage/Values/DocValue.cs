namespace ErpCode.Core.Storage.Values;

/// <summary>
/// A typed value inside a stored document. Money is <see cref="DecimalValue"/> and never passes through
/// <see cref="double"/>; an explicit null (<see cref="NullValue"/>) is distinct from a missing property.
/// </summary>
public abstract class DocValue : IEquatable<DocValue>
{
    private protected DocValue()
    {
    }

    /// <summary>The explicit null value.</summary>
    public static DocValue Null => NullValue.Instance;

    public abstract ValueKind Kind { get; }

    /// <summary>True for <see cref="ValueKind.Int64"/> and <see cref="ValueKind.Decimal"/>, which compare with each other.</summary>
    public bool IsNumber => Kind is ValueKind.Int64 or ValueKind.Decimal;

    public static implicit operator DocValue(string? value) => value is null ? NullValue.Instance : new StringValue(value);

    public static implicit operator DocValue(long value) => new Int64Value(value);

    public static implicit operator DocValue(int value) => new Int64Value(value);

    public static implicit operator DocValue(decimal value) => new DecimalValue(value);

    public static implicit operator DocValue(bool value) => value ? BoolValue.True : BoolValue.False;

    public static implicit operator DocValue(DateTime value) => new DateTimeValue(value);

    public static implicit operator DocValue(DateTimeOffset value) => new DateTimeValue(value);

    public static implicit operator DocValue(DateOnly value) => new DateValue(value);

    public static bool operator ==(DocValue? left, DocValue? right) => Equals(left, right);

    public static bool operator !=(DocValue? left, DocValue? right) => !Equals(left, right);

    public abstract bool Equals(DocValue? other);

    public sealed override bool Equals(object? obj) => obj is DocValue other && Equals(other);

    public abstract override int GetHashCode();
}
