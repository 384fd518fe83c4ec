namespace ErpCode.Core.Storage.Values;

/// <summary>An explicit null. A property holding it exists; a missing property does not.</summary>
public sealed class NullValue : DocValue
{
    private NullValue()
    {
    }

    public static NullValue Instance { get; } = new();

    public override ValueKind Kind => ValueKind.Null;

    public override bool Equals(DocValue? other) => other is NullValue;

    public override int GetHashCode() => 0;

    public override string ToString() => "null";
}
