using System.Collections.Immutable;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// A path to a value in a document: property names joined by '.', such as <c>address.city</c>.
/// Four reserved paths reach the document's envelope: <c>_id</c>, <c>_type</c>, <c>_parent</c> and <c>_v</c>
/// (the version). The empty path <see cref="Element"/> means the array element itself inside
/// <see cref="AnyElementFilter"/>.
/// </summary>
public sealed class FieldPath : IEquatable<FieldPath>
{
    public const string IdName = "_id";
    public const string TypeName = "_type";
    public const string ParentName = "_parent";
    public const string VersionName = "_v";

    private FieldPath(string path, ImmutableArray<string> segments)
    {
        Path = path;
        Segments = segments;
    }

    public static FieldPath Id { get; } = new(IdName, [IdName]);

    public static FieldPath Type { get; } = new(TypeName, [TypeName]);

    public static FieldPath Parent { get; } = new(ParentName, [ParentName]);

    public static FieldPath Version { get; } = new(VersionName, [VersionName]);

    /// <summary>The array element itself, for filters inside <see cref="AnyElementFilter"/> over arrays of scalars.</summary>
    public static FieldPath Element { get; } = new(string.Empty, []);

    public string Path { get; }

    public ImmutableArray<string> Segments { get; }

    public bool IsElement => Segments.IsEmpty;

    /// <summary>True for the envelope paths <c>_id</c>, <c>_type</c>, <c>_parent</c> and <c>_v</c>.</summary>
    public bool IsSystem => Segments.Length == 1 && Segments[0].StartsWith('_');

    /// <summary>The kind an envelope path always holds; <c>null</c> for body paths.</summary>
    public ValueKind? SystemKind => !IsSystem ? null : Path == VersionName ? ValueKind.Int64 : ValueKind.String;

    public static FieldPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (path)
        {
            case IdName: return Id;
            case TypeName: return Type;
            case ParentName: return Parent;
            case VersionName: return Version;
        }

        if (path.Length == 0)
        {
            throw new InvalidFieldPathException(path, "the path is empty");
        }

        var segments = path.Split('.');
        if (segments.Length > 32)
        {
            throw new InvalidFieldPathException(path, "a path has at most 32 segments");
        }

        foreach (var segment in segments)
        {
            if (FieldName.Check(segment) is { } problem)
            {
                throw new InvalidFieldPathException(path, $"segment '{segment}': {problem}");
            }
        }

        return new FieldPath(path, [.. segments]);
    }

    /// <summary>This path followed by <paramref name="inner"/>, e.g. <c>lines</c> + <c>amount</c>.</summary>
    public FieldPath Append(FieldPath inner)
    {
        if (IsSystem || inner.IsSystem)
        {
            throw new InvalidFieldPathException($"{Path}.{inner.Path}", "system fields have no inner fields");
        }

        if (inner.IsElement)
        {
            return this;
        }

        return IsElement ? inner : new FieldPath(Path + "." + inner.Path, Segments.AddRange(inner.Segments));
    }

    public static implicit operator FieldPath(string path) => Parse(path);

    public bool Equals(FieldPath? other) => other is not null && string.Equals(other.Path, Path, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FieldPath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

    public static bool operator ==(FieldPath? left, FieldPath? right) => Equals(left, right);

    public static bool operator !=(FieldPath? left, FieldPath? right) => !Equals(left, right);

    public override string ToString() => IsElement ? "(element)" : Path;
}
