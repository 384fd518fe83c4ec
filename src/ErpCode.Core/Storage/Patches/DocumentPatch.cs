using System.Collections.Immutable;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Patches;

/// <summary>
/// A partial update: operations applied in order to the current body. Setting <c>a.b</c> creates <c>a</c> when it
/// is missing and fails when <c>a</c> holds something other than a document; unsetting a missing path does nothing.
/// </summary>
public sealed record DocumentPatch(ImmutableArray<PatchOperation> Operations)
{
    public static DocumentPatch Empty { get; } = new([]);

    public DocumentPatch Set(string path, DocValue value) => this with { Operations = Operations.Add(new SetOperation(FieldPath.Parse(path), value ?? DocValue.Null)) };

    public DocumentPatch Unset(string path) => this with { Operations = Operations.Add(new UnsetOperation(FieldPath.Parse(path))) };

    /// <summary>Checks the paths: body properties only, each path changed once, no path inside another changed one.</summary>
    public void Validate(string? collection = null, string? documentId = null)
    {
        if (Operations.IsDefaultOrEmpty)
        {
            throw new InvalidPatchException("(none)", "the change is empty", collection, documentId);
        }

        var paths = new List<FieldPath>();
        foreach (var op in Operations)
        {
            if (op.Path.IsSystem || op.Path.IsElement)
            {
                throw new InvalidPatchException(op.Path.ToString(), "only body properties can be changed; the store keeps id, type, parent and version", collection, documentId);
            }

            foreach (var other in paths)
            {
                if (IsPrefix(other, op.Path) || IsPrefix(op.Path, other))
                {
                    throw new InvalidPatchException(op.Path.ToString(), $"it overlaps '{other}', changed in the same update", collection, documentId);
                }
            }

            paths.Add(op.Path);
        }
    }

    /// <summary>The body after the operations; throws <see cref="InvalidPatchException"/> naming the path that cannot be set.</summary>
    public DocumentValue ApplyTo(DocumentValue body, string? collection = null, string? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Validate(collection, documentId);
        foreach (var op in Operations)
        {
            body = op switch
            {
                SetOperation set => SetAt(body, set.Path, 0, set.Value, collection, documentId),
                UnsetOperation unset => UnsetAt(body, unset.Path, 0),
                _ => throw new InvalidPatchException(op.Path.ToString(), "unknown operation", collection, documentId),
            };
        }

        return body;
    }

    private static DocumentValue SetAt(DocumentValue target, FieldPath path, int index, DocValue value, string? collection, string? documentId)
    {
        var name = path.Segments[index];
        if (index == path.Segments.Length - 1)
        {
            return target.With(name, value);
        }

        DocumentValue inner;
        if (!target.TryGet(name, out var existing))
        {
            inner = DocumentValue.Empty;
        }
        else
        {
            inner = existing as DocumentValue ?? throw new InvalidPatchException(
                path.ToString(),
                $"'{string.Join('.', path.Segments.Take(index + 1))}' holds {existing.Kind.Describe()}, not a document",
                collection,
                documentId);
        }

        return target.With(name, SetAt(inner, path, index + 1, value, collection, documentId));
    }

    private static DocumentValue UnsetAt(DocumentValue target, FieldPath path, int index)
    {
        var name = path.Segments[index];
        if (index == path.Segments.Length - 1)
        {
            return target.Without(name);
        }

        return target.TryGet(name, out var existing) && existing is DocumentValue inner
            ? target.With(name, UnsetAt(inner, path, index + 1))
            : target;
    }

    private static bool IsPrefix(FieldPath prefix, FieldPath path) =>
        prefix.Segments.Length <= path.Segments.Length && path.Segments.Take(prefix.Segments.Length).SequenceEqual(prefix.Segments, StringComparer.Ordinal);
}
