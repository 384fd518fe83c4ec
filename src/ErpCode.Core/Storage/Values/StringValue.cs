namespace ErpCode.Core.Storage.Values;

public sealed class StringValue : DocValue
{
    public StringValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override ValueKind Kind => ValueKind.String;

    public override bool Equals(DocValue? other) => other is StringValue s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}
