using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Storage.Values;

/// <summary>
/// An immutable, ordered set of named values: a document body or a nested document. Names follow
/// <see cref="FieldName"/>; equality compares names and values regardless of order.
/// </summary>
public sealed class DocumentValue : DocValue, IReadOnlyCollection<KeyValuePair<string, DocValue>>
{
    private readonly ImmutableArray<KeyValuePair<string, DocValue>> _fields;
    private readonly Dictionary<string, int> _index;

    private DocumentValue(ImmutableArray<KeyValuePair<string, DocValue>> fields, Dictionary<string, int> index)
    {
        _fields = fields;
        _index = index;
    }

    public static DocumentValue Empty { get; } = new([], new Dictionary<string, int>(StringComparer.Ordinal));

    public override ValueKind Kind => ValueKind.Document;

    public int Count => _fields.Length;

    public IEnumerable<string> Names => _fields.Select(f => f.Key);

    /// <summary>The value of <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> when it is missing.</summary>
    public DocValue this[string name] => TryGet(name, out var value)
        ? value
        : throw new KeyNotFoundException($"The document has no property '{name}'.");

    /// <summary>
    /// Builds a document from named values, checking each name. Throws <see cref="InvalidDocumentException"/>
    /// naming the first bad or repeated name.
    /// </summary>
    public static DocumentValue Create(IEnumerable<KeyValuePair<string, DocValue>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var list = ImmutableArray.CreateBuilder<KeyValuePair<string, DocValue>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (FieldName.Check(name) is { } problem)
            {
                throw new InvalidDocumentException(name ?? string.Empty, problem);
            }

            if (!index.TryAdd(name, list.Count))
            {
                throw new InvalidDocumentException(name, "the property is given twice");
            }

            list.Add(new KeyValuePair<string, DocValue>(name, value ?? NullValue.Instance));
        }

        return new DocumentValue(list.ToImmutable(), index);
    }

    public static DocumentValue Create(params (string Name, DocValue Value)[] fields) =>
        Create(fields.Select(f => new KeyValuePair<string, DocValue>(f.Name, f.Value)));

    public bool Contains(string name) => _index.ContainsKey(name);

    public bool TryGet(string name, [NotNullWhen(true)] out DocValue? value)
    {
        if (_index.TryGetValue(name, out var i))
        {
            value = _fields[i].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/>, in place if it existed, else appended.</summary>
    public DocumentValue With(string name, DocValue value)
    {
        if (_index.TryGetValue(name, out var i))
        {
            return new DocumentValue(_fields.SetItem(i, new KeyValuePair<string, DocValue>(name, value ?? NullValue.Instance)), _index);
        }

        return Create(_fields.Append(new KeyValuePair<string, DocValue>(name, value ?? NullValue.Instance)));
    }

    /// <summary>A copy without <paramref name="name"/>; the same instance when it was missing.</summary>
    public DocumentValue Without(string name) =>
        _index.ContainsKey(name) ? Create(_fields.Where(f => !string.Equals(f.Key, name, StringComparison.Ordinal))) : this;

    public override bool Equals(DocValue? other)
    {
        if (other is not DocumentValue d || d.Count != Count)
        {
            return false;
        }

        foreach (var (name, value) in _fields)
        {
            if (!d.TryGet(name, out var theirs) || !theirs.Equals(value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (name, value) in _fields)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), value);
        }

        return hash;
    }

    public IEnumerator<KeyValuePair<string, DocValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, DocValue>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "{" + string.Join(", ", _fields.Select(f => $"{f.Key}: {f.Value}")) + "}";
}
