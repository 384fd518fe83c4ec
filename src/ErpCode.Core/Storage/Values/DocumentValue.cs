using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Storage.Values;

/// <summary>
/// An immutable, ordered set of named values: a document body or a nested document. Names follow
/// <see cref="FieldName"/>; equality compares names and values regardless of order.
/// </summary>
public sealed class DocumentValue : DocValue, IReadOnlyCollection<KeyValuePair<string, DocValue>>
{
    // Most bodies have a few dozen properties at most: a linear scan beats hashing there, so the name index is
    // only built for larger documents.
    private const int IndexThreshold = 16;

    private readonly KeyValuePair<string, DocValue>[] _fields;
    private readonly Dictionary<string, int>? _index;

    private DocumentValue(KeyValuePair<string, DocValue>[] fields, Dictionary<string, int>? index)
    {
        _fields = fields;
        _index = index;
    }

    public static DocumentValue Empty { get; } = new([], null);

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
        var array = fields.ToArray();
        Dictionary<string, int>? index = array.Length > IndexThreshold ? new Dictionary<string, int>(array.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < array.Length; i++)
        {
            var (name, value) = array[i];
            if (FieldName.Check(name) is { } problem)
            {
                throw new InvalidDocumentException(name ?? string.Empty, problem);
            }

            var repeated = index is null ? IndexOf(array, name, i) >= 0 : !index.TryAdd(name, i);
            if (repeated)
            {
                throw new InvalidDocumentException(name, "the property is given twice");
            }

            if (value is null)
            {
                array[i] = new KeyValuePair<string, DocValue>(name, NullValue.Instance);
            }
        }

        return new DocumentValue(array, index);
    }

    public static DocumentValue Create(params (string Name, DocValue Value)[] fields) =>
        Create(fields.Select(f => new KeyValuePair<string, DocValue>(f.Name, f.Value)));

    public bool Contains(string name) => Find(name) >= 0;

    public bool TryGet(string name, [NotNullWhen(true)] out DocValue? value)
    {
        var i = Find(name);
        value = i >= 0 ? _fields[i].Value : null;
        return i >= 0;
    }

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/>, in place if it existed, else appended.</summary>
    public DocumentValue With(string name, DocValue value)
    {
        var i = Find(name);
        if (i >= 0)
        {
            var copy = (KeyValuePair<string, DocValue>[])_fields.Clone();
            copy[i] = new KeyValuePair<string, DocValue>(name, value ?? NullValue.Instance);
            return new DocumentValue(copy, _index);
        }

        // The names already here were checked when this document was built: only the new one needs it.
        if (FieldName.Check(name) is { } problem)
        {
            throw new InvalidDocumentException(name ?? string.Empty, problem);
        }

        var appended = new KeyValuePair<string, DocValue>[_fields.Length + 1];
        _fields.CopyTo(appended, 0);
        appended[^1] = new KeyValuePair<string, DocValue>(name, value ?? NullValue.Instance);
        return new DocumentValue(appended, appended.Length > IndexThreshold ? BuildIndex(appended) : null);
    }

    /// <summary>A copy without <paramref name="name"/>; the same instance when it was missing.</summary>
    public DocumentValue Without(string name) =>
        Find(name) >= 0 ? Create(_fields.Where(f => !string.Equals(f.Key, name, StringComparison.Ordinal))) : this;

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

    private static int IndexOf(KeyValuePair<string, DocValue>[] fields, string name, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(fields[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, int> BuildIndex(KeyValuePair<string, DocValue>[] fields)
    {
        var index = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            index.Add(fields[i].Key, i);
        }

        return index;
    }

    private int Find(string name) =>
        _index is null ? IndexOf(_fields, name, _fields.Length) : _index.TryGetValue(name, out var i) ? i : -1;

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "{" + string.Join(", ", _fields.Select(f => $"{f.Key}: {f.Value}")) + "}";
}
