using System.Collections;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Scripting.Globals;

/// <summary>Converts between stored values and the CLR values stored code handles; money stays decimal both ways.</summary>
internal static class ClrValues
{
    public static object? ToClr(DocValue value) => value switch
    {
        NullValue => null,
        StringValue s => s.Value,
        BoolValue b => b.Value,
        Int64Value i => i.Value,
        DecimalValue d => d.Value,
        DateTimeValue dt => dt.Value,
        DateValue date => date.Value,
        ArrayValue a => a.Items.Select(ToClr).ToList(),
        DocumentValue doc => new DocumentAccess(string.Empty, null, doc),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value kind."),
    };

    public static DocValue FromClr(object? value, string name) => value switch
    {
        null => DocValue.Null,
        DocValue v => v,
        string s => new StringValue(s),
        bool b => BoolValue.Of(b),
        int i => new Int64Value(i),
        long l => new Int64Value(l),
        decimal d => new DecimalValue(d),
        DateTime dt => new DateTimeValue(dt),
        DateTimeOffset dto => new DateTimeValue(dto),
        DateOnly date => new DateValue(date),
        DocumentAccess access => access.Body,
        IReadOnlyDictionary<string, object?> map => DocumentValue.Create(map.Select(kv => new KeyValuePair<string, DocValue>(kv.Key, FromClr(kv.Value, name + "." + kv.Key)))),
        IEnumerable list => new ArrayValue(list.Cast<object?>().Select(item => FromClr(item, name))),
        double or float => throw new ArgumentException($"Property '{name}' was given a binary floating-point number; use decimal for amounts.", nameof(value)),
        _ => throw new ArgumentException($"Property '{name}' cannot hold a {value.GetType().Name}.", nameof(value)),
    };
}
