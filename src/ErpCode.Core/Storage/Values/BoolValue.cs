namespace ErpCode.Core.Storage.Values;

public sealed class BoolValue : DocValue
{
    private BoolValue(bool value)
    {
        Value = value;
    }

    public static BoolValue True { get; } = new(true);

    public static BoolValue False { get; } = new(false);

    public bool Value { get; }

    public override ValueKind Kind => ValueKind.Bool;

    public static BoolValue Of(bool value) => value ? True : False;

    public override bool Equals(DocValue? other) => other is BoolValue b && b.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value ? "true" : "false";
}
