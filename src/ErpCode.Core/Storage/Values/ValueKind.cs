namespace ErpCode.Core.Storage.Values;

/// <summary>The kinds of value a stored document can hold.</summary>
public enum ValueKind
{
    Null,
    Bool,
    Int64,
    Decimal,
    String,
    DateTime,
    Date,
    Array,
    Document,
}
