using System.Collections;
using System.Collections.Immutable;

namespace ErpCode.Core.Storage.Values;

/// <summary>An ordered, immutable list of values; equality compares the items in order.</summary>
public sealed class ArrayValue : DocValue, IReadOnlyList<DocValue>
{
    public ArrayValue(IEnumerable<DocValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items.Select(item => item ?? NullValue.Instance).ToImmutableArray();
    }

    public ArrayValue(params DocValue[] items)
        : this((IEnumerable<DocValue>)items)
    {
    }

    public static ArrayValue Empty { get; } = new();

    public ImmutableArray<DocValue> Items { get; }

    public override ValueKind Kind => ValueKind.Array;

    public int Count => Items.Length;

    public DocValue this[int index] => Items[index];

    public override bool Equals(DocValue? other) =>
        other is ArrayValue a && a.Items.Length == Items.Length && a.Items.SequenceEqual(Items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<DocValue> GetEnumerator() => ((IEnumerable<DocValue>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
